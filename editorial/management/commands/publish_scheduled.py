"""``manage.py publish_scheduled``: Wagtail's command (pages and snippets whose time has come),
then the releases whose time has come (``editorial.releases``). The same cron line does both.

Wagtail publishes each page in several writes (the page row, its revision, logs, the search
index, our webhook events); its command runs them in one transaction here, so a run killed half
way leaves every page as it was, and the next run publishes them.

A scheduled translation revision with untranslated strings (source-language text in their place)
is not published: its schedule is taken off and the run says so (``editorial.localize``)."""

from django.db import transaction
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled
from wagtail.models import Revision

from editorial.releases import publish_due_releases


class Command(WagtailPublishScheduled):
    help = "Publish or unpublish the pages and snippets scheduled until now, then the releases scheduled until now."

    def handle(self, *args, **options):
        with transaction.atomic():
            untranslated = list(
                Revision.objects.filter(
                    approved_go_live_at__lte=timezone.now(), translated_from__strings_missing__gt=0
                ).select_related("translated_from")
            )
            for revision in untranslated:
                self.stdout.write(
                    self.style.WARNING(
                        f"Not published: {revision.object_str} (revision {revision.pk}) has "
                        f"{revision.translated_from.strings_missing} untranslated strings; its schedule was removed"
                    )
                )
            if not options["dryrun"]:
                Revision.objects.filter(pk__in=[item.pk for item in untranslated]).update(approved_go_live_at=None)
            super().handle(*args, **options)
        if options["dryrun"]:
            return
        published, refused = publish_due_releases()
        for name in published:
            self.stdout.write(f"Release published: {name}")
        for name in refused:
            self.stdout.write(self.style.WARNING(f"Release not published (see its page in the admin): {name}"))
