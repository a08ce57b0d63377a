"""Snapshots of pages as an editor previews them, for headless frontends."""

from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone


class PreviewSnapshot(models.Model):
    """The unsaved state of a page at the moment an editor pressed Preview.

    The API shows it to whoever holds the signed token naming it (see ``cms.api.preview``);
    snapshots older than the token lifetime are useless and are deleted as new ones arrive.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    content = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "preview snapshot"

    def __str__(self):
        return f"Preview of page {self.page_id} at {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def take(cls, page):
        """Store ``page`` (possibly unsaved edits of an existing page) and drop expired snapshots."""
        expired = timezone.now() - timedelta(seconds=settings.API_PREVIEW_TOKEN_MAX_AGE)
        cls.objects.filter(created_at__lt=expired).delete()
        return cls.objects.create(page_id=page.pk, content=page.serializable_data())

    def as_page(self):
        """The previewed page, built over the stored page's tree position."""
        return self.page.specific.with_content_json(self.content)
