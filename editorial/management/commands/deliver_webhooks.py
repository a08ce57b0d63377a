"""``manage.py deliver_webhooks``: send the webhook events that are due."""

import time

from django.core.management.base import BaseCommand

from editorial.webhooks import deliver_due


class Command(BaseCommand):
    help = (
        "Send due webhook deliveries (signed POSTs), retrying failures with growing delays. "
        "Run it every minute from cron, or as a worker with --loop."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, checking every --interval seconds.")
        parser.add_argument("--interval", type=float, default=10.0)

    def handle(self, *args, loop=False, interval=10.0, **options):
        while True:
            delivered, failed = deliver_due()
            if delivered or failed or options["verbosity"] > 1:
                self.stdout.write(f"webhooks: {delivered} delivered, {failed} failed attempts")
            if not loop:
                return
            time.sleep(interval)
