"""Dependency tags: what an API answer read, and what a change touches, in the same names.

An answer records what it read (``ApiContext.read`` and ``ApiContext.depend_on``); its tags are
those reads in the names below. A change (a page published, a snippet saved) touches the tags
``change_tags`` gives. An answer is stale exactly when a change touched one of its tags: the
response cache (``api.cache``) keeps a change number per tag, and the HTTP cache in front purges
by the same tags, sent as ``Cache-Tag`` and ``Surrogate-Key`` headers (``api.frontend_cache``).

Names (printable ASCII without spaces or commas, as Cloudflare and Fastly require):

- ``all``: every answer (what changes visibility everywhere: languages, sites, restrictions,
  collections, moves);
- ``news.newspage:42``: a row, for each model of its inheritance chain;
- ``news.newspage@fr``: the list of a model in a language (``@all``: in any language);
- ``content@fr``: anything in a language (feeds, the sitemap: documents that show everything);
- ``translations:<key>``: the versions of a page or snippet in every language;
- ``url:<hash>``: the page at a URL path, found or not;
- ``tree:<path>`` and ``children:<path>``: the page at a tree position, and its children;
- ``menu@fr``: the pages shown in a language's menus.
"""

import hashlib

ALL = "all"
ANY_LANGUAGE = "all"


def row(label, pk):
    return f"{label}:{pk}"


def listing(label, language_code=ANY_LANGUAGE):
    return f"{label}@{language_code}"


def content(language_code=ANY_LANGUAGE):
    return f"content@{language_code}"


def translations(translation_key):
    return f"translations:{translation_key}"


def url(url_path):
    return "url:" + hashlib.sha256(url_path.encode()).hexdigest()[:20]


def tree(path):
    return f"tree:{path}"


def children(path):
    return f"children:{path}"


def menu(language_code):
    return f"menu@{language_code}"


def chain(model):
    """The labels of ``model`` and of the concrete models it inherits from (a NewsPage row is
    also a Page row)."""
    return [model._meta.label_lower] + [parent._meta.label_lower for parent in model._meta.get_parent_list()]


def change_tags(instance, language_codes):
    """The tags a change to ``instance`` (saved, published, unpublished or deleted) touches.
    ``language_codes``: every language, for a record that has none."""
    from wagtail.models import Page

    locale = getattr(instance, "locale", None) if hasattr(instance, "locale_id") else None
    codes = [locale.language_code] if locale is not None else list(language_codes)
    tags = {content(ANY_LANGUAGE), *(content(code) for code in codes)}
    # A page deleted as its base Page row still touches its type's tags.
    model = (instance.specific_class or type(instance)) if isinstance(instance, Page) else type(instance)
    for label in chain(model):
        tags.add(row(label, instance.pk))
        tags.add(listing(label, ANY_LANGUAGE))
        tags.update(listing(label, code) for code in codes)
    translation_key = getattr(instance, "translation_key", None)
    if translation_key is not None:
        tags.add(translations(translation_key))
    if isinstance(instance, Page):
        tags.update({url(instance.url_path or ""), tree(instance.path), children(instance.path[: -Page.steplen])})
        if instance.show_in_menus:  # taken out of a menu: its row, which the menu read
            tags.update(menu(code) for code in codes)
    return tags


# What the Cache-Tag and Surrogate-Key headers may hold (Cloudflare and Fastly take 16 KB).
MAX_LENGTH = 8000


def answer_tags(reads, list_languages, others):
    """The tags of an answer that read ``reads`` ((label, pk) rows, (label, None) lists), its
    lists in ``list_languages`` (label: language codes) and depended on ``others``.

    Past MAX_LENGTH characters, the rows of the models with most rows are replaced by the
    model's ``@all`` list tag, and the page tags (translations, URLs, tree) by the pages' one:
    a change to any of them touches those too."""
    rows, tags = {}, {ALL}
    for label, pk in reads:
        if pk is None:
            tags.update(listing(label, code) for code in list_languages.get(label, {ANY_LANGUAGE}))
        else:
            rows.setdefault(label, set()).add(row(label, pk))
    page_tags = {tag for tag in others if not tag.startswith(("menu@", "content@"))}
    tags |= set(others) - page_tags

    def joined():
        return ",".join(sorted(tags | page_tags | {tag for row_tags in rows.values() for tag in row_tags}))

    while (rows or page_tags) and len(joined()) > MAX_LENGTH:
        if page_tags and (not rows or len(page_tags) >= max(len(found) for found in rows.values())):
            page_tags = set()
            tags.add(listing("wagtailcore.page", ANY_LANGUAGE))
            continue
        label = max(rows, key=lambda name: len(rows[name]))
        del rows[label]
        tags.add(listing(label, ANY_LANGUAGE))
    return sorted(tags | page_tags | {tag for row_tags in rows.values() for tag in row_tags})
