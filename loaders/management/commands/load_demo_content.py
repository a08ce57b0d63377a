"""``manage.py load_demo_content``: the Alliance demo site in English and French."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loaders.demo import content
from loaders.demo.loader import DemoLoader
from loaders.translation import MissingTranslationError

DEMO_ACCOUNTS = ["admin", *content.DEMO_USERS]


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
        self.write_logins()

    def write_logins(self):
        """The demo accounts, on every run (a second `make demo` must say how to sign in too)."""
        from django.contrib.auth import get_user_model

        password = settings.DEMO_ADMIN_PASSWORD
        users = {user.username: user for user in get_user_model().objects.filter(username__in=DEMO_ACCOUNTS)}
        admin = users.get("admin")
        if admin is not None and admin.check_password(password):
            self.stdout.write(f"Admin login: admin / {password} (change it outside a laptop).")
        elif admin is not None:
            self.stdout.write("Admin login: admin (its password was changed after the demo created it).")
        editorial = [name for name in DEMO_ACCOUNTS[1:] if name in users and users[name].check_password(password)]
        if editorial:
            self.stdout.write(f"Editorial demo accounts (same password): {', '.join(editorial)}.")
