"""``manage.py import_legacy_site <dir>``: import plain-text pages of the former website."""

from django.core.management.base import BaseCommand, CommandError

from loaders.legacy_import import LegacyImportError, import_legacy_site


class Command(BaseCommand):
    help = (
        "Import the .txt pages of a folder (exports of the former Alliance website) as news, remembrance "
        "pages, standard pages or strategy documents in the language they are written in, without the "
        "site's furniture; French and English versions of a page become translations of each other. "
        "Existing pages get a new draft revision, and a press release already in the CMS under a reworded title "
        "is updated, not duplicated. On a fresh install it creates the site tree first. Idempotent; all or "
        "nothing; drafts unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--dry-run", action="store_true", help="Report what would be imported; change nothing.")
        parser.add_argument("--publish", action="store_true", help="Publish the imported pages (default: drafts).")

    def handle(self, folder, dry_run=False, publish=False, **options):
        try:
            items = import_legacy_site(folder, dry_run=dry_run, publish=publish)
        except (LegacyImportError, OSError) as error:
            raise CommandError(str(error)) from error
        if items.site_tree_created:
            self.stdout.write(
                ("Would create" if dry_run else "Created")
                + " the site tree first (a fresh install): English and French home pages and the news, events "
                "and good-practice indexes (no demo content, no accounts)."
            )
        self.stdout.write("file | type | language | title | date | action")
        for item in items:
            when = (
                item.date.isoformat() if item.date else (f"{item.period[0]}-{item.period[1]}" if item.period else "—")
            )
            action = item.action + (f" ({item.reason})" if item.reason else "")
            if dry_run and item.action in ("create", "update"):
                action = "would " + action
            self.stdout.write(
                f"{item.path.name} | {item.page_type.__name__} | {item.language} | {item.title[:70]} | {when} | {action}"
            )
            for note in item.notes:
                self.stdout.write(f"    {note}")
            for event in item.events:
                when = event.day.isoformat() if event.precision == "day" else f"{event.day.year}, date to be set"
                action = ("would " if dry_run and event.action == "create" else "") + event.action
                reason = f" ({event.reason})" if event.reason else ""
                self.stdout.write(
                    f"    event it announces: {event.title(item.language)} ({event.country}), {when}: {action}{reason}"
                )
            self.stdout.write(f"    {item.removed_lines} lines of site furniture removed, {item.words} words kept")
        counts = {action: sum(1 for item in items if item.action == action) for action in ("create", "update", "skip")}
        verb = "would be " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['create']} pages {verb}created, {counts['update']} {verb}updated (new draft revisions), "
                f"{counts['skip']} skipped."
            )
        )
