"""Settings → API keys (administrators create and revoke the keys partner sites use), and the
image alt texts per language (Snippets)."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from api.forms import ApiKeyForm
from api.models import ApiKey, ImageAltText


class ApiKeyCreateView(generic.CreateView):
    """Creates the key and shows it once: only its hash is stored."""

    def save_instance(self):
        self.new_key = self.form.instance.set_new_key()
        return super().save_instance()

    def get_success_message(self, instance):
        return format_html(
            _("API key “{name}” created. Copy it now, it is not shown again: {key}"),
            name=instance.name,
            key=format_html("<code>{}</code>", self.new_key),
        )


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    add_view_class = ApiKeyCreateView
    icon = "key"
    menu_label = _("API keys")
    add_to_settings_menu = True
    list_display = ["name", "scope", "key_prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope"]
    search_fields = ["name"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return ApiKeyForm


@hooks.register("register_admin_viewset")
def register_key_viewset():
    return ApiKeyViewSet("api_keys")


class ImageAltTextViewSet(SnippetViewSet):
    """What each image shows, per language, for screen readers."""

    model = ImageAltText
    icon = "image"
    list_display = ["image", "locale", "text"]
    list_filter = ["locale"]
    search_fields = ["text"]


register_snippet(ImageAltTextViewSet)
