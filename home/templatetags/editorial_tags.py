"""Template tags of the admin's editorial screens."""

from django import template

from home.editorial import pages_entering

register = template.Library()


@register.simple_tag
def pages_entering_count(workflow):
    """How many pages really go through ``workflow`` (page-type workflows included)."""
    return pages_entering(workflow).count()
