"""``manage.py load_demo_content``: the Alliance demo site in English and French."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoLoader, MissingTranslationError


class Command(BaseCommand):
    help = (
        "Create the demo site (pages, images, PDF, members, settings) in English and translate it "
        "into French with wagtail-localize. Idempotent: what exists is left as it is."
    )

    def handle(self, *args, **options):
        try:
            created = DemoLoader(stdout=self.stdout).load()
        except MissingTranslationError as error:
            raise CommandError(str(error)) from error
        if created:
            for label, number in sorted(created.items()):
                self.stdout.write(f"  created {number:3d} {label}")
        else:
            self.stdout.write("Demo content already present: nothing to do.")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
        if created.get("admin user"):
            self.stdout.write(f"Admin login: admin / {settings.DEMO_ADMIN_PASSWORD} (change it outside a laptop).")
        if created.get("demo user"):
            self.stdout.write(
                "Editorial demo accounts (same password): editor, moderator, communication, translator-fr."
            )
