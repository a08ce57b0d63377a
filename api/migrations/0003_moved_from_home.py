"""The models below moved here from ``home`` (docs/decisions.md): their tables stay as they are
(``db_table``), only Django's state changes; their content types move with them, so that
permissions granted on them and admin log entries follow."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["previewsnapshot", "imagealttext"]


def move_content_types(from_app, to_app):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in MOVED:
            if not ContentType.objects.filter(app_label=to_app, model=model).exists():
                ContentType.objects.filter(app_label=from_app, model=model).update(app_label=to_app)

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_reviewed_snippets"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("api", "0002_api_keys"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PreviewSnapshot",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("content", models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "preview snapshot",
                        "db_table": "home_previewsnapshot",
                    },
                ),
                migrations.CreateModel(
                    name="ImageAltText",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "text",
                            models.CharField(
                                help_text="What the image shows, for people who cannot see it.",
                                max_length=255,
                                verbose_name="alternative text",
                            ),
                        ),
                        (
                            "image",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="alt_texts",
                                to="wagtailimages.image",
                                verbose_name="image",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="language",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "image alt text",
                        "verbose_name_plural": "image alt texts",
                        "db_table": "home_imagealttext",
                        "constraints": [
                            models.UniqueConstraint(fields=("image", "locale"), name="one_alt_text_per_language")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types("home", "api"), move_content_types("api", "home")),
    ]
