"""What the apps contribute to the API, registered instead of imported (``api`` imports
no app).

- Page types: a page type's GraphQL class registers itself by deriving from
  ``api.types.PageObjectType``. The page models the API serves, the ``PageTypeName``
  enum and the schema's ``types=`` all come from this one list, in registration order
  (INSTALLED_APPS order, since ``api`` loads each app's ``schema`` module at start-up).
- Translation status: the editorial app registers the function that tells, for pages and a
  language, where each translation stands; ``Page.translationStatus`` asks it.
- Release preview: the editorial app registers the function that opens a release's preview
  (the ``X-Release-Preview`` header of a GraphQL request; ``api.preview``).
"""

# Where a page's translation into one language stands (the TranslationState enum's values).
MISSING = "missing"
IN_PROGRESS = "in_progress"
TRANSLATED = "translated"  # every string translated, not submitted for review
AWAITING_REVIEW = "awaiting_review"  # submitted: waiting in a review task
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
TRANSLATION_STATES = [MISSING, IN_PROGRESS, TRANSLATED, AWAITING_REVIEW, OUTDATED, UP_TO_DATE]


class ApiRegistry:
    def __init__(self):
        self._page_types = {}  # page model -> its GraphQL type
        self._translation_statuses = None
        self._release_preview = None

    def register_page_type(self, graphql_type):
        model = graphql_type._meta.model
        if model in self._page_types and self._page_types[model] is not graphql_type:
            raise ValueError(f"{model.__name__} already has the GraphQL type {self._page_types[model].__name__}.")
        self._page_types[model] = graphql_type
        return graphql_type

    def page_models(self):
        """{class name: page model} of the page types the API serves."""
        return {model.__name__: model for model in self._page_types}

    def graphql_type_of(self, model):
        """The GraphQL type of a page model (or of the nearest registered model it derives from)."""
        for candidate in model.__mro__:
            if candidate in self._page_types:
                return self._page_types[candidate]
        return None

    def page_graphql_types(self):
        return list(self._page_types.values())

    def set_translation_statuses(self, function):
        """``function(pages, locales, include_drafts)`` -> {page pk: [statuses]}, a status
        having ``locale``, ``status`` (one of TRANSLATION_STATES), ``strings_total``,
        ``strings_translated``, ``last_synced_at`` and ``source_changes()`` (the source's changed
        strings for an outdated translation, or None)."""
        self._translation_statuses = function

    def translation_statuses(self, pages, locales, include_drafts):
        if self._translation_statuses is None:
            return {}
        return self._translation_statuses(pages, locales, include_drafts)

    def set_release_preview(self, function):
        """``function(token)`` -> a context manager inside which the database shows the release
        the token names as published (and nothing of it is kept); raises ``PreviewError``."""
        self._release_preview = function

    def release_preview(self, token):
        from api.preview import PreviewError

        if self._release_preview is None:
            raise PreviewError("Release previews are not available.")
        return self._release_preview(token)


registry = ApiRegistry()
