from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = _("News and remembrance")

    def ready(self):
        from taggit.models import Tag

        from api.signals import invalidate_on_change

        # A tag renamed (in the Django shell or a data migration: the admin edits tags on pages)
        # changes every answer that shows it or filters on it.
        invalidate_on_change(Tag)
