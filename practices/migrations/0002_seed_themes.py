"""Creates the rows of the controlled theme vocabulary."""

from django.db import migrations

THEME_CODES = [
    "housing",
    "education",
    "health",
    "employment",
    "political-participation",
    "anti-gypsyism",
    "culture-remembrance",
    "women-youth",
]


def create_themes(apps, schema_editor):
    Theme = apps.get_model("practices", "Theme")
    for code in THEME_CODES:
        Theme.objects.get_or_create(code=code)


def remove_themes(apps, schema_editor):
    apps.get_model("practices", "Theme").objects.filter(code__in=THEME_CODES).delete()


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [migrations.RunPython(create_themes, remove_themes)]
