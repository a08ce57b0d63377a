"""Admin forms of the API's records."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class ApiKeyForm(WagtailAdminModelForm):
    revoked = forms.BooleanField(
        label=_("Revoked"), required=False, help_text=_("A revoked key is refused at once. This cannot be undone.")
    )

    class Meta:
        from cms.api.models import ApiKey

        model = ApiKey
        fields = ["name", "scope", "rate_limit"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["revoked"]
        else:
            self.fields["revoked"].initial = self.instance.revoked_at is not None
            if self.instance.revoked_at is not None:
                self.fields["revoked"].disabled = True

    def save(self, commit=True):
        if self.cleaned_data.get("revoked") and self.instance.revoked_at is None:
            self.instance.revoked_at = timezone.now()
        return super().save(commit=commit)
