"""The models below moved here from ``home`` (docs/decisions.md): their tables stay as they are
(``db_table``), only Django's state changes; their content types move with them, so that
permissions granted on them and admin log entries follow."""

import django.db.models.deletion
import editorial.models
import uuid
from django.db import migrations, models


MOVED = ["webhooksubscription", "webhookdelivery", "translatedrevision"]


def move_content_types(from_app, to_app):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in MOVED:
            if not ContentType.objects.filter(app_label=to_app, model=model).exists():
                ContentType.objects.filter(app_label=from_app, model=model).update(app_label=to_app)

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0006_reviewed_snippets"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="WebhookSubscription",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=255, verbose_name="name")),
                        (
                            "url",
                            models.URLField(
                                help_text="Receives a signed JSON POST for each event.", verbose_name="URL"
                            ),
                        ),
                        (
                            "secret",
                            models.CharField(
                                default=editorial.models.new_secret,
                                help_text="Shared with the subscriber to verify the X-Alliance-Signature header.",
                                max_length=128,
                                verbose_name="signing secret",
                            ),
                        ),
                        ("on_publish", models.BooleanField(default=True, verbose_name="page published")),
                        ("on_unpublish", models.BooleanField(default=True, verbose_name="page unpublished")),
                        ("on_delete", models.BooleanField(default=True, verbose_name="page deleted")),
                        ("active", models.BooleanField(default=True, verbose_name="active")),
                    ],
                    options={
                        "verbose_name": "webhook subscription",
                        "verbose_name_plural": "webhook subscriptions",
                        "db_table": "home_webhooksubscription",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="TranslatedRevision",
                    fields=[
                        (
                            "revision",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="translated_from",
                                serialize=False,
                                to="wagtailcore.revision",
                            ),
                        ),
                        ("source_synced_at", models.DateTimeField(verbose_name="source version")),
                        (
                            "source",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="wagtail_localize.translationsource",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "translated revision",
                        "db_table": "home_translatedrevision",
                    },
                ),
                migrations.CreateModel(
                    name="WebhookDelivery",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("event_id", models.UUIDField(default=uuid.uuid4, editable=False, verbose_name="event")),
                        ("action", models.CharField(max_length=20, verbose_name="action")),
                        ("payload", models.JSONField(verbose_name="payload")),
                        (
                            "status",
                            models.CharField(
                                choices=[("pending", "Pending"), ("delivered", "Delivered"), ("failed", "Failed")],
                                db_index=True,
                                default="pending",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("attempts", models.PositiveSmallIntegerField(default=0, verbose_name="attempts")),
                        ("next_attempt_at", models.DateTimeField(db_index=True, verbose_name="next attempt")),
                        (
                            "last_response_code",
                            models.PositiveSmallIntegerField(blank=True, null=True, verbose_name="last response code"),
                        ),
                        ("last_error", models.TextField(blank=True, verbose_name="last error")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                        ("delivered_at", models.DateTimeField(blank=True, null=True, verbose_name="delivered")),
                        (
                            "subscription",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="deliveries",
                                to="editorial.webhooksubscription",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "webhook delivery",
                        "verbose_name_plural": "webhook deliveries",
                        "db_table": "home_webhookdelivery",
                        "ordering": ["-created_at"],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types("home", "editorial"), move_content_types("editorial", "home")),
    ]
