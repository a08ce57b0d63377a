"""Admin registration of the home app's snippets: members, terminology notes, tag labels."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Member, TagLabel, TerminologyNote


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    menu_label = _("Members")
    menu_order = 200
    add_to_admin_menu = True
    # Each member exists once per language: the language column and filter (Wagtail's, for
    # translatable models) tell the rows apart.
    list_display = ["name", LocaleColumn(label=_("Language")), "kind", "country", "joined_on"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]


class TerminologyNoteViewSet(SnippetViewSet):
    model = TerminologyNote
    icon = "info-circle"
    list_display = ["term", LocaleColumn(label=_("Language"))]


register_snippet(MemberViewSet)
register_snippet(TerminologyNoteViewSet)


class TagLabelViewSet(SnippetViewSet):
    """News tags in each language: translators give each tag its name in their language."""

    model = TagLabel
    icon = "tag"
    list_display = ["tag", "locale", "name"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(TagLabelViewSet)
