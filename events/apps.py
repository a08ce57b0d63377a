from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from api.cache import changes_by_itself

        # An event leaves `events(upcoming: true)`, the upcoming feed and the calendar's
        # upcoming list when it ends: no cached answer may outlive that moment.
        changes_by_itself(next_event_end)


def next_event_end(now):
    """When the next live event ends (after ``now``), or None."""
    from django.db.models import Min

    from events.models import EventPage

    return EventPage.objects.live().filter(ends_at__gt=now).aggregate(at=Min("ends_at"))["at"]
