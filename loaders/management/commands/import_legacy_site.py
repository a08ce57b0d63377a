"""``manage.py import_legacy_site <dir>``: import plain-text pages of the former website."""

from django.core.management.base import BaseCommand, CommandError

from loaders.legacy_import import LegacyImportError, import_legacy_site


class Command(BaseCommand):
    help = (
        "Import the .txt pages of a folder (exports of the former Alliance website) as news, "
        "standard pages or strategy documents in the language they are written in, without the "
        "site's repeated header and footer. Idempotent; drafts unless --publish."
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
        for item in items:
            period = f" {item.period[0]}-{item.period[1]}" if item.period else ""
            self.stdout.write(
                f"{item.action:<13} {item.path.name:<28} {item.language}  {item.page_type.__name__:<21}"
                f" {item.words:>5} words, {item.removed_lines:>2} lines of site furniture removed{period}"
                f"  {item.parent.url_path}{item.slug}/  «{item.title[:70]}»"
            )
        created = sum(1 for item in items if item.action == "create")
        verb = "would be created" if dry_run else "created"
        pending = sum(1 for item in items if item.action == "would create")
        self.stdout.write(
            self.style.SUCCESS(
                f"{created or pending} pages {verb}, {sum(1 for i in items if i.action == 'exists')} already present."
            )
        )
