"""``ApiContext``: the state of one API request, given to every resolver as ``info.context``.

The GraphQL view makes it (or finds the one the cached-answer middleware made when it looked the
request up first) and reads it back when it answers: who asks (the API key), how to answer (the
media type), what the answer read (its dependencies) and whether it may be shared (``cacheable``,
``private``), and the values computed once per request. Resolvers read and write these typed
fields, never attributes of their own on the request or on model instances.
"""

from dataclasses import dataclass, field

from api.dependencies import ANY_LANGUAGE, answer_tags


@dataclass(eq=False)
class ApiContext:
    """One API request's state. ``request`` is the Django request it belongs to."""

    request: object
    # The answer's media type (from Accept); None when the client accepts neither JSON type.
    media_type: str | None = None
    api_key: object = None
    # The caller's rate-limit count, when the cache lookup before the view has made it.
    rate_count: int | None = None
    # The response cache lookup the middleware made (``api.cache.Lookup``), which the view reuses.
    lookup: object = None
    # A GET or HEAD query: its answer may be cached and shared.
    cacheable: bool = False
    # The answer depends on who asks (a draft, the editorial view): never cached or shared.
    private: bool = False
    # The answer carries errors (never cached).
    failed: bool = False
    # When a cached answer stops being valid (Unix time), and its ETag.
    valid_until: float | None = None
    etag: str | None = None
    # What the answer read: (model label, pk) of each object, (model label, None) for a list or
    # lookup of that model. Recorded by the shared lookups (``prepare``, lists, media, settings,
    # taxonomies), never by hand in a resolver; the cache invalidation must cover every entry
    # (tests/api/test_dependencies.py).
    reads: set = field(default_factory=set)
    # The languages of each list read (model label: language codes; "all" for any language).
    list_languages: dict = field(default_factory=dict)
    # What else the answer depended on, as ``api.dependencies`` names it (a page's translations,
    # the page at a URL path, a tree position's children, a menu).
    dependencies: set = field(default_factory=set)
    # The answer came from the response cache (another worker's, after waiting, included).
    served_from_cache: bool = False
    # False when content the answer read changed while it was built: no cache may keep it.
    current: bool = True
    # The answer's dependency tags (``api.dependencies.answer_tags`` of the above): what the
    # response cache checks and what the HTTP cache in front purges by.
    cache_tags: list | None = None
    # The language of a `documents(locale:)` list, which its `usedBy` pages follow.
    documents_locale: object = None
    # Values computed once per request, by name (``once``).
    computed: dict = field(default_factory=dict)
    # Batched loads: (name, id of the batch) -> (the batch, {item pk: value}).
    batches: dict = field(default_factory=dict)
    # id(item) -> (item, the list it came in): the batch an item's related data is loaded for.
    siblings: dict = field(default_factory=dict)
    # id(item) -> (item, the Locale the client asked for), for items served through fallback.
    requested_locales: dict = field(default_factory=dict)
    # id(image) -> (image, locale id of the page showing it, (image ids, locale ids) of its batch).
    shown_images: dict = field(default_factory=dict)

    @classmethod
    def of(cls, request):
        """The context of ``request``, made on first use."""
        context = getattr(request, "api_context", None)
        if context is None:
            context = request.api_context = cls(request)
        return context

    def once(self, name, factory):
        """``factory()``, computed once per request under ``name``."""
        if name not in self.computed:
            self.computed[name] = factory()
        return self.computed[name]

    def read(self, model, pk=None, languages=None):
        """Record that the answer read ``model`` (a model class or instance), the row ``pk`` of
        it or, without one, which rows exist (a list, a filter, a count) in ``languages``
        (language codes; None: in any language)."""
        label = model._meta.label_lower
        self.reads.add((label, pk))
        if pk is None:
            self.list_languages.setdefault(label, set()).update(languages or [ANY_LANGUAGE])

    def depend_on(self, *tags):
        """Record that the answer depends on ``tags`` (``api.dependencies`` names)."""
        self.dependencies.update(tags)

    def tags(self):
        """The answer's dependency tags, from what it recorded."""
        return answer_tags(self.reads, self.list_languages, self.dependencies)

    def allows(self, scope):
        """Whether the request's API key grants ``scope``."""
        return self.api_key is not None and self.api_key.allows(scope)

    @property
    def user(self):
        return getattr(self.request, "user", None)
