"""The admin's Membership applications: listing with filters and CSV/XLSX export, review
form (status and notes; the applicant's data read-only), and acceptance."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from membership.models import MembershipApplication

APPLICANT_FIELDS = [
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


# A cell a spreadsheet would run as a formula (CSV injection, OWASP's list): one that starts with
# =, +, -, @, a tab or a carriage return. Telephone numbers ("+33 1 ...") included: a spreadsheet
# reads "+33 1 48" as a formula too (and shows #NULL!), so text is what keeps them intact.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ApplicationIndexView(generic.IndexView):
    """The listing; its exports keep what applicants typed from running as a formula: in CSV a
    quote before such a cell (the spreadsheet shows the text), in XLSX a text cell with the
    quote-prefix style (the same, without changing the value)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_START):
            return "'" + value
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format):
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell


class ApplicationEditView(generic.EditView):
    """Saving with the status "accepted" creates the authority as a draft member in every
    language (once); "rejected" records when it was decided."""

    def save_instance(self):
        application = super().save_instance()
        if application.status == MembershipApplication.Status.ACCEPTED:
            application.accept(user=self.request.user)
        elif application.status == MembershipApplication.Status.REJECTED and application.decided_at is None:
            application.decided_at = application.updated_at
            application.save(update_fields=["decided_at"])
        return application

    def get_success_message(self):
        instance = self.object
        if instance.status == MembershipApplication.Status.ACCEPTED and instance.member_id:
            return _(
                "Application “%(name)s” accepted: a draft member is ready in every language, for the editors "
                "to complete (Members)."
            ) % {"name": instance.authority_name}
        return super().get_success_message()


class MembershipApplicationViewSet(ModelViewSet):
    """Applications arrive through the API only: no "add" here."""

    model = MembershipApplication
    index_view_class = ApplicationIndexView
    edit_view_class = ApplicationEditView
    icon = "group"
    menu_label = _("Membership applications")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["authority_name", "reference", "kind", "country", "status", "language", "submitted_at"]
    list_filter = ["status", "kind", "country", "language", "submitted_at"]
    search_fields = ["authority_name", "contact_name", "email", "reference"]
    list_export = [
        "reference",
        "submitted_at",
        "status",
        *APPLICANT_FIELDS,
        "consent_given_at",
        "notes",
        "decided_at",
        "updated_at",
    ]
    export_filename = "membership-applications"
    edit_handler = ObjectList(
        [
            MultiFieldPanel([FieldPanel("status"), FieldPanel("notes")], heading=_("Review")),
            MultiFieldPanel(
                [FieldPanel(name, read_only=True) for name in APPLICANT_FIELDS + ["consent_given_at"]],
                heading=_("Application"),
            ),
        ]
    )
