from django import template

register = template.Library()


@register.filter
def minutes(duration):
    """Whole minutes of a timedelta (rounded up)."""
    return -(-int(duration.total_seconds()) // 60)
