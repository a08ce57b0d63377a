"""The editorial calendar: what is due to change on the site, for editors (not the public).

Scheduled go-lives (approved, waiting for their time), planned go-lives not approved yet,
expiries, releases set to go live at a time, and the commemorations the Alliance marks every
year or every other year. Shown month by month in the admin, and as a private iCalendar feed
each editor subscribes to with a secret address (``calendar_token``)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, Revision

from editorial.models import Commemoration, Release
from editorial.organisation import SNIPPETS

GO_LIVE = "go_live"
PLANNED = "planned"
EXPIRY = "expiry"
RELEASE = "release"
COMMEMORATION = "commemoration"
KIND_LABELS = {
    GO_LIVE: _("Goes live (approved)"),
    PLANNED: _("Planned to go live (not approved yet)"),
    EXPIRY: _("Expires"),
    RELEASE: _("Release goes live"),
    COMMEMORATION: _("Commemoration"),
}


@dataclass
class CalendarEntry:
    """One thing due on the calendar: at a moment (``at``, aware) or on a day (``day``)."""

    kind: str
    title: str
    day: date
    at: datetime | None = None
    language: str | None = None
    admin_url: str | None = None
    uid: str = ""
    note: str = ""

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]


def window(start, end):
    """Aware datetimes from the start of ``start`` to the end of ``end`` (dates)."""
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def local_day(moment):
    return timezone.localtime(moment).date()


def language_of(instance):
    locale = getattr(instance, "locale", None)
    return locale.language_code if locale is not None else None


def calendar_entries(start, end):
    """Every entry from ``start`` to ``end`` (dates, both included), in time order."""
    since, until = window(start, end)
    finder = AdminURLFinder()
    entries = []

    scheduled = Revision.objects.filter(approved_go_live_at__gte=since, approved_go_live_at__lt=until)
    scheduled_pages = set()
    for revision in scheduled.select_related("content_type"):
        instance = revision.content_object
        if instance is None:
            continue
        if isinstance(instance, Page):
            scheduled_pages.add(instance.pk)
            instance = instance.specific
        entries.append(
            CalendarEntry(
                GO_LIVE,
                revision.object_str,
                local_day(revision.approved_go_live_at),
                at=revision.approved_go_live_at,
                language=language_of(instance),
                admin_url=finder.get_edit_url(instance),
                uid=f"go-live-{revision.pk}",
            )
        )

    planned = Page.objects.filter(go_live_at__gte=since, go_live_at__lt=until, live=False).exclude(
        pk__in=scheduled_pages
    )
    for page in planned.select_related("locale"):
        entries.append(
            CalendarEntry(
                PLANNED,
                page.draft_title or page.title,
                local_day(page.go_live_at),
                at=page.go_live_at,
                language=page.locale.language_code,
                admin_url=finder.get_edit_url(page),
                uid=f"planned-{page.pk}-{page.go_live_at:%Y%m%d%H%M}",
            )
        )

    expiring = [Page.objects.filter(live=True).select_related("locale")]
    expiring += [apps.get_model(label).objects.filter(live=True) for label in SNIPPETS]
    for queryset in expiring:
        for instance in queryset.filter(expire_at__gte=since, expire_at__lt=until):
            entries.append(
                CalendarEntry(
                    EXPIRY,
                    str(instance.title if isinstance(instance, Page) else instance),
                    local_day(instance.expire_at),
                    at=instance.expire_at,
                    language=language_of(instance),
                    admin_url=finder.get_edit_url(instance),
                    uid=f"expiry-{instance._meta.label_lower}-{instance.pk}-{instance.expire_at:%Y%m%d%H%M}",
                )
            )

    releases = Release.objects.filter(status=Release.Status.OPEN, scheduled_at__gte=since, scheduled_at__lt=until)
    for release in releases:
        languages = sorted(set(release.items.values_list("page__locale__language_code", flat=True)))
        entries.append(
            CalendarEntry(
                RELEASE,
                release.name,
                local_day(release.scheduled_at),
                at=release.scheduled_at,
                language=", ".join(languages) or None,
                admin_url=finder.get_edit_url(release),
                uid=f"release-{release.pk}",
            )
        )

    for commemoration in Commemoration.objects.all():
        for day in commemoration.occurrences(start, end):
            entries.append(
                CalendarEntry(
                    COMMEMORATION,
                    commemoration.name,
                    day,
                    admin_url=finder.get_edit_url(commemoration),
                    uid=f"commemoration-{commemoration.pk}-{day:%Y}",
                    note=commemoration.note,
                )
            )

    return sorted(entries, key=lambda entry: (entry.day, entry.at or datetime.min.replace(tzinfo=UTC)))


def may_see_calendar(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def calendar_token(user):
    """The secret part of ``user``'s calendar address. It changes with the password: changing
    it revokes every address given out before."""
    digest = salted_hmac("editorial-calendar", f"{user.pk}:{user.password}", algorithm="sha256").hexdigest()
    return f"{user.pk}-{digest[:40]}"


def user_for_token(token):
    """The user whose calendar address ``token`` is, if it is still valid; else None."""
    user_id, _, _digest = token.partition("-")
    if not user_id.isdigit():
        return None
    user = get_user_model().objects.filter(pk=int(user_id)).first()
    if user is None or not may_see_calendar(user) or not constant_time_compare(token, calendar_token(user)):
        return None
    return user


def absolute_admin_url(path):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else None
