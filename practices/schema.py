"""GraphQL types and root fields for good practices and strategy documents."""

from collections import defaultdict

import graphene

from api.arguments import plain
from api.batching import batched
from api.blocks import BodyField, stream_blocks
from api.cache import cached_while_current
from api.dependencies import listing
from api.media import DocumentType, MainImageField, visible_document
from api.pagination import CollectionResult, collection_of, page_list, pages_in_language, paginate, pagination_arguments
from api.richtext import rich_text
from api.types import CountryType, PageObjectType, country_in_language, country_name, translated
from home.schema import MemberType, member_of_page
from practices.models import GoodPracticeIndexPage, GoodPracticePage, StrategyDocumentPage, Theme


class ThemeType(graphene.ObjectType):
    """A theme of the controlled vocabulary; `label` is in the page's language."""

    code = graphene.String(required=True)
    label = graphene.String(required=True)

    class Meta:
        name = "Theme"


ThemeCode = graphene.Enum("ThemeCode", [(code.name, code.value) for code in Theme.Code])
PracticeStatus = graphene.Enum("PracticeStatus", [(status.name, status.value) for status in GoodPracticePage.Status])
PracticeLevel = graphene.Enum("PracticeLevel", [(level.name, level.value) for level in GoodPracticePage.Level])


class PartnerBlock(graphene.ObjectType):
    id = graphene.String(required=True)
    name = graphene.String(required=True)
    url = graphene.String()


class ActionLineBlock(graphene.ObjectType):
    """A line of action of a strategy."""

    id = graphene.String(required=True)
    number = graphene.String(required=True)
    title = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML.")
    measures = graphene.List(graphene.NonNull(graphene.String), required=True)


class GoodPracticeIndexPageType(PageObjectType):
    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageType(PageObjectType):
    """A good practice of a city, region or state."""

    country = graphene.Field(CountryType, required=True)
    themes = graphene.List(graphene.NonNull(ThemeType), required=True)
    level = graphene.String(required=True, description="local, regional or national.")
    status = graphene.String(required=True, description="promising, demonstrated or replicated.")
    results = graphene.String(required=True, description="HTML.")
    main_image = MainImageField()
    body = BodyField()
    partners = graphene.List(graphene.NonNull(PartnerBlock), required=True)
    member = graphene.Field(
        MemberType,
        description="The member city or region whose practice this is, in the page's language (null: none linked, or not published in that language).",
    )

    class Meta:
        model = GoodPracticePage

    def resolve_member(page, info):
        return member_of_page(info, page)

    def resolve_country(page, info):
        return country_in_language(page.country, page.locale.language_code)

    def resolve_themes(page, info):
        info.context.read(Theme)

        def load(siblings):
            codes = defaultdict(list)
            links = GoodPracticePage.themes.through.objects.filter(goodpracticepage_id__in=[s.pk for s in siblings])
            for link in links.select_related("theme").order_by("theme__code"):
                codes[link.goodpracticepage_id].append(link.theme.code)
            return {sibling.pk: codes[sibling.pk] for sibling in siblings}

        language = page.locale.language_code
        return [
            ThemeType(code=code, label=translated(Theme.Code(code).label, language))
            for code in batched(info, page, "themes", load)
        ]

    def resolve_results(page, info):
        return rich_text(info, page.locale, page.results)

    def resolve_partners(page, info):
        return stream_blocks(info, page, page.partners)


class StrategyDocumentAttachmentType(graphene.ObjectType):
    """An official file of a strategy in one language."""

    language = graphene.String(required=True, description="Language code of the file, e.g. fr.")
    document = graphene.Field(DocumentType, required=True)

    class Meta:
        name = "StrategyDocumentAttachment"


class StrategyDocumentPageType(PageObjectType):
    """A strategy of the Alliance with its lines of action and official documents."""

    summary = graphene.String(required=True, description="HTML.")
    action_lines = graphene.List(graphene.NonNull(ActionLineBlock), required=True)
    attachments = graphene.List(
        graphene.NonNull(StrategyDocumentAttachmentType), required=True, description="Public files only."
    )
    main_image = MainImageField()
    body = BodyField()

    class Meta:
        model = StrategyDocumentPage

    def resolve_summary(page, info):
        return rich_text(info, page.locale, page.summary)

    def resolve_action_lines(page, info):
        return stream_blocks(info, page, page.action_lines)

    def resolve_attachments(page, info):
        attachments = []
        for attachment in page.attachments.select_related("document"):
            document = visible_document(info, attachment.document)
            if document is not None:
                attachments.append(StrategyDocumentAttachmentType(language=attachment.language, document=document))
        return attachments


class GoodPracticeSort(graphene.Enum):
    TITLE_ASC = "title"
    TITLE_DESC = "-title"
    PERIOD_START_DESC = "-period_start"
    PERIOD_START_ASC = "period_start"
    DOSTA_PRIZE_YEAR_DESC = "-dosta_prize_year"


class ThemeFacet(graphene.ObjectType):
    code = graphene.String(required=True, description="As Theme.code, e.g. political-participation.")
    value = graphene.Field(ThemeCode, required=True, description="To filter on: themes: [POLITICAL_PARTICIPATION].")
    label = graphene.String(required=True)
    count = graphene.Int(required=True)


class CountryFacet(graphene.ObjectType):
    code = graphene.String(required=True)
    name = graphene.String(required=True)
    count = graphene.Int(required=True)


class ValueFacet(graphene.ObjectType):
    value = graphene.String(required=True, description="The value to filter on, e.g. PROMISING.")
    label = graphene.String(required=True, description="In the requested language.")
    count = graphene.Int(required=True)


class YearFacet(graphene.ObjectType):
    year = graphene.Int(required=True)
    count = graphene.Int(required=True)


class GoodPracticeFacets(graphene.ObjectType):
    """How many practices each filter value would give. Each facet counts with every other
    active filter applied, not its own (a checkbox list of themes shows what ticking one more
    theme would add). Values with no practice are left out; most frequent first."""

    themes = graphene.List(graphene.NonNull(ThemeFacet), required=True)
    countries = graphene.List(graphene.NonNull(CountryFacet), required=True)
    statuses = graphene.List(graphene.NonNull(ValueFacet), required=True)
    levels = graphene.List(graphene.NonNull(ValueFacet), required=True)
    dosta_prize_years = graphene.List(graphene.NonNull(YearFacet), required=True)


def practice_filters(themes=None, country=None, status=None, level=None, dosta_prize=None, dosta_prize_year=None):
    """The active filters of a good-practice list, by facet: {facet: queryset -> queryset}."""
    filters = {}
    if themes:
        codes = plain(themes)
        filters["themes"] = lambda queryset: queryset.filter(
            pk__in=GoodPracticePage.objects.filter(themes__code__in=codes).values("pk")
        )
    if country:
        filters["countries"] = lambda queryset: queryset.filter(country=country.upper())
    if status:
        filters["statuses"] = lambda queryset: queryset.filter(status=plain(status))
    if level:
        filters["levels"] = lambda queryset: queryset.filter(level=plain(level))
    if dosta_prize is not None or dosta_prize_year is not None:

        def dosta(queryset):
            if dosta_prize is not None:
                queryset = queryset.filter(dosta_prize_year__isnull=not dosta_prize)
            if dosta_prize_year is not None:
                queryset = queryset.filter(dosta_prize_year=dosta_prize_year)
            return queryset

        filters["dosta_prize_years"] = dosta
    return filters


def filtered(queryset, filters, except_facet=None):
    for facet, apply in filters.items():
        if facet != except_facet:
            queryset = apply(queryset)
    return queryset


def practice_facets(base, filters, language_code):
    """The GoodPracticeFacets (plain data) of ``base`` (the visible practices of the list's languages) under
    ``filters``: one aggregate query per facet."""
    from django.db.models import Count

    def counts(facet, field):
        rows = filtered(base, filters, facet).order_by().values(field).annotate(count=Count("pk", distinct=True))
        return [(row[field], row["count"]) for row in rows if row[field] not in (None, "")]

    practices = filtered(base, filters, "themes").values("pk")
    theme_rows = (
        GoodPracticePage.themes.through.objects.filter(goodpracticepage_id__in=practices)
        .values("theme__code")
        .annotate(count=Count("goodpracticepage_id", distinct=True))
    )
    theme_labels = dict(Theme.Code.choices)

    def ordered(items, by="label"):
        return sorted(items, key=lambda item: (-item["count"], item[by]))

    def choice_facet(facet, field, choices):
        return ordered(
            {"value": choices(value).name, "label": translated(choices(value).label, language_code), "count": count}
            for value, count in counts(facet, field)
        )

    return {
        "themes": ordered(
            {
                "code": row["theme__code"],
                "value": row["theme__code"],
                "label": translated(theme_labels.get(row["theme__code"], row["theme__code"]), language_code),
                "count": row["count"],
            }
            for row in theme_rows
        ),
        "countries": ordered(
            (
                {"code": str(code), "name": country_name(str(code), language_code), "count": count}
                for code, count in counts("countries", "country")
            ),
            by="name",
        ),
        "statuses": choice_facet("statuses", "status", GoodPracticePage.Status),
        "levels": choice_facet("levels", "level", GoodPracticePage.Level),
        "dosta_prize_years": sorted(
            ({"year": year, "count": count} for year, count in counts("dosta_prize_years", "dosta_prize_year")),
            key=lambda item: -item["year"],
        ),
    }


class PracticeCollectionResult(CollectionResult):
    """A page of good practices, with what its facets are computed from."""

    def __init__(self, page, base, filters, language_codes, arguments):
        super().__init__(page.queryset, page.limit, page.offset, page.requested_locale)
        self.language_codes = page.language_codes
        self.base = base
        self.filters = filters
        self.language_codes = language_codes
        self.arguments = arguments

    def resolve_facets(self, info):
        # The same for every reader while the content is unchanged: kept in the shared cache.
        return cached_while_current(
            "practice-facets",
            [self.language_codes, self.arguments],
            lambda: practice_facets(self.base, self.filters, self.language_codes[0]),
            [listing(GoodPracticePage._meta.label_lower, code) for code in self.language_codes]
            + [listing(Theme._meta.label_lower)],
        )


GoodPracticeCollection = collection_of(
    GoodPracticePageType,
    "GoodPracticePageCollection",
    facets=graphene.Field(GoodPracticeFacets, required=True, description="Counts per filter value (faceted search)."),
    resolve_facets=lambda result, info: result.resolve_facets(info),
)
StrategyDocumentCollection = collection_of(StrategyDocumentPageType, "StrategyDocumentPageCollection")


class Query(graphene.ObjectType):
    good_practices = graphene.Field(
        GoodPracticeCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        themes=graphene.List(graphene.NonNull(ThemeCode), description="Practices with any of these themes."),
        country=graphene.String(description="ISO 3166-1 alpha-2 code, e.g. RO."),
        status=PracticeStatus(),
        level=PracticeLevel(),
        dosta_prize=graphene.Boolean(description="true: awarded the Dosta! prize; false: not awarded."),
        dosta_prize_year=graphene.Int(),
        sort=GoodPracticeSort(default_value=GoodPracticeSort.TITLE_ASC.value),
        **pagination_arguments(),
    )
    strategy_documents = graphene.Field(
        StrategyDocumentCollection,
        required=True,
        locale=graphene.String(),
        fallback=graphene.Boolean(default_value=False),
        **pagination_arguments(),
    )

    def resolve_good_practices(
        root,
        info,
        locale=None,
        fallback=False,
        themes=None,
        country=None,
        status=None,
        level=None,
        dosta_prize=None,
        dosta_prize_year=None,
        sort="title",
        limit=None,
        offset=0,
    ):
        base, locales = pages_in_language(info, GoodPracticePage, locale, fallback)
        arguments = {
            "themes": plain(themes) if themes else None,
            "country": country,
            "status": plain(status) if status else None,
            "level": plain(level) if level else None,
            "dosta_prize": dosta_prize,
            "dosta_prize_year": dosta_prize_year,
        }
        filters = practice_filters(**arguments)
        page = paginate(filtered(base, filters).order_by(plain(sort), "pk"), limit, offset, locales[0], locales)
        return PracticeCollectionResult(page, base, filters, [item.language_code for item in locales], arguments)

    def resolve_strategy_documents(root, info, locale=None, fallback=False, limit=None, offset=0):
        return page_list(info, StrategyDocumentPage, locale, fallback, ("-period_start", "pk"), limit, offset)
