"""``manage.py delete_expired_applications``: delete the membership applications unchanged
for longer than MEMBERSHIP_APPLICATION_RETENTION_DAYS (they hold personal data). Run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from membership.models import MembershipApplication


class Command(BaseCommand):
    help = (
        "Delete membership applications not changed for MEMBERSHIP_APPLICATION_RETENTION_DAYS days "
        "(personal data retention). Members created from accepted ones stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say how many would be deleted; delete nothing.")

    def handle(self, dry_run=False, **options):
        with transaction.atomic():
            expired = MembershipApplication.objects.expired()
            count = expired.count()
            if not dry_run:
                expired.delete()
        days = settings.MEMBERSHIP_APPLICATION_RETENTION_DAYS
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} membership application(s) unchanged for over {days} days {verb}.")
