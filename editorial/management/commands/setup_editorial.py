"""``manage.py setup_editorial``: groups, permissions and workflows of the Alliance."""

from django.core.management.base import BaseCommand

from editorial.organisation import setup_editorial


class Command(BaseCommand):
    help = (
        "Create or update the Editors, Moderators, Communication, Administrators and per-language "
        "Translators groups with their permissions, and the review workflows. Idempotent."
    )

    def handle(self, *args, **options):
        groups = setup_editorial()
        self.stdout.write(self.style.SUCCESS(f"Editorial setup ready: {', '.join(sorted(groups))}."))
