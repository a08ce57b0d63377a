"""``manage.py publish_scheduled``: Wagtail's command (pages and snippets whose time has come),
then the releases whose time has come (``editorial.releases``). The same cron line does both."""

from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled

from editorial.releases import publish_due_releases


class Command(WagtailPublishScheduled):
    help = "Publish or unpublish the pages and snippets scheduled until now, then the releases scheduled until now."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if options["dryrun"]:
            return
        published, refused = publish_due_releases()
        for name in published:
            self.stdout.write(f"Release published: {name}")
        for name in refused:
            self.stdout.write(self.style.WARNING(f"Release not published (see its page in the admin): {name}"))
