"""PreviewSnapshot and ImageAltText moved to ``api``, TranslatedRevision and the webhook
models to ``editorial``: Django's state forgets them here; their tables stay (they now belong
to the new apps, see their migrations)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_reviewed_snippets"),
        ("api", "0003_moved_from_home"),
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="previewsnapshot", name="page"),
                migrations.RemoveField(model_name="translatedrevision", name="revision"),
                migrations.RemoveField(model_name="translatedrevision", name="source"),
                migrations.RemoveField(model_name="webhookdelivery", name="subscription"),
                migrations.DeleteModel(name="ImageAltText"),
                migrations.DeleteModel(name="PreviewSnapshot"),
                migrations.DeleteModel(name="TranslatedRevision"),
                migrations.DeleteModel(name="WebhookDelivery"),
                migrations.DeleteModel(name="WebhookSubscription"),
            ],
            database_operations=[],
        ),
    ]
