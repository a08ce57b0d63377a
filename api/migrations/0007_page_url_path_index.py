# The API finds pages by URL path (`page(urlPath:)`), which Wagtail's own routing does slug by slug
# and so never indexes: without this, every lookup scans the pages of its language (issue 27).

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0006_tables_named_after_their_app"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS api_page_url_path_idx ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS api_page_url_path_idx",
        ),
    ]
