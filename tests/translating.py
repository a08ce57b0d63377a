"""What translators do in wagtail-localize's editor, for tests."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail_localize.models import StringSegment


def translate_string(client, translation, text_en, text_fr):
    """Save one string in the translation editor (a PUT of a form-encoded value, as its
    JavaScript does)."""
    segment = StringSegment.objects.get(source=translation.source, string__data=text_en)
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(url, urlencode({"value": text_fr}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content[:300]
