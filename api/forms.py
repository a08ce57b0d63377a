"""Admin forms of the API's records."""

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from api.uploads import check_document_content, check_image_content, remove_embedded_text


def newly_uploaded(file):
    return isinstance(file, UploadedFile)


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE, the multiple upload's too) with the
    content checks of ``api.uploads``, and the picture's free text removed."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is not None and newly_uploaded(file):
            # Wagtail's image field has identified the format (``file.image``, a Willow image).
            image_format = file.image.format_name.upper()
            check_image_content(file, image_format)
            remove_embedded_text(file, image_format)
        return file


class ApiKeyForm(WagtailAdminModelForm):
    revoked = forms.BooleanField(
        label=_("Revoked"), required=False, help_text=_("A revoked key is refused at once. This cannot be undone.")
    )

    class Meta:
        from api.models import ApiKey

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


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the document library's
    description and language (``DocumentDetails``)."""

    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Several or none"))] + list(settings.LANGUAGES),
        required=False,
        help_text=_("The language of the text."),
    )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is not None and newly_uploaded(file):
            check_document_content(file)
        return file

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from api.models import DocumentDetails

        details = DocumentDetails.objects.filter(document_id=self.instance.pk).first() if self.instance.pk else None
        if details is not None:
            self.fields["description"].initial = details.description
            self.fields["language"].initial = details.language

    def save(self, commit=True):
        document = super().save(commit=commit)
        details = {
            "description": self.cleaned_data.get("description", ""),
            "language": self.cleaned_data.get("language", ""),
        }
        if commit:
            save_document_details(document, details)
        else:  # saved with the document (signal), as Wagtail's multiple upload saves it later
            document._pending_details = details
        return document


def save_document_details(document, details):
    from api.models import DocumentDetails

    DocumentDetails.objects.update_or_create(document=document, defaults=details)


def save_pending_document_details(sender, instance, **kwargs):
    details = instance.__dict__.pop("_pending_details", None)
    if details is not None:
        save_document_details(instance, details)
