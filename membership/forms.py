"""The application form the API validates submissions with (``applyForMembership``)."""

from django import forms
from django.core.validators import MinLengthValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from membership.models import MembershipApplication

# Single-line fields go into e-mail subjects and spreadsheet cells: no line breaks or controls.
SINGLE_LINE = RegexValidator(r"[\x00-\x1f\x7f]", _("Write this on one line."), inverse_match=True)
SINGLE_LINE_FIELDS = ["authority_name", "contact_name", "contact_role", "phone"]
MOTIVATION_MIN_LENGTH = 20
PHONE = RegexValidator(r"^\+?[0-9 ().\-/]{6,30}$", _("Enter a telephone number: digits, spaces, + ( ) - . /"))


class MembershipApplicationForm(forms.ModelForm):
    """What an authority sends to apply: every length limited, consent required."""

    consent = forms.BooleanField(
        label=_("consent to data processing"),
        help_text=_(
            "Must be true: the applicant agrees that the Alliance processes these data to handle the application."
        ),
        error_messages={"required": _("The application can only be handled with your consent to data processing.")},
    )

    website = forms.URLField(label=_("website"), max_length=200, required=False, assume_scheme="https")

    class Meta:
        model = MembershipApplication
        fields = [
            "authority_name",
            "kind",
            "country",
            "contact_name",
            "contact_role",
            "email",
            "phone",
            "website",
            "motivation",
            "language",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].validators.append(PHONE)
        for name in SINGLE_LINE_FIELDS:
            self.fields[name].validators.append(SINGLE_LINE)
        # A field's length validators are made in its __init__: setting min_length afterwards
        # alone would only change the widget's attribute.
        motivation = self.fields["motivation"]
        motivation.min_length = MOTIVATION_MIN_LENGTH
        motivation.validators.append(MinLengthValidator(MOTIVATION_MIN_LENGTH))
        motivation.widget.attrs.update(motivation.widget_attrs(motivation.widget))

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = value.strip()
        return cleaned
