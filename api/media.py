"""Images and documents in the API. Renditions come only from the API_IMAGE_RENDITIONS
allow-list: a client can never make the server generate an arbitrary rendition."""

import copy
import functools

import graphene
from graphql import GraphQLError
from wagtail.images.models import Filter, Image

from api.batching import batched, request_cache
from api.conf import api_settings
from api.models import ImageAltText
from api.visibility import get_visibility


@functools.cache
def rendition_filter(spec):
    """One Filter per allowed spec, shared: a Filter parses its spec on first use only."""
    return Filter(spec=spec)


def check_filter_spec(spec):
    allowed = api_settings.IMAGE_RENDITIONS
    if spec not in allowed:
        raise GraphQLError(f"Rendition '{spec}' is not allowed. Allowed renditions: {', '.join(allowed)}.")
    return spec


def shown_in(info, images, locale_ids):
    """Copies of ``images`` that know the languages of the pages showing them (``locale_ids``,
    one per image), so that ``altText`` answers in that language; the first ``altText`` asked
    for loads the texts of all of them in one query."""
    batch = ({image.pk for image in images if image is not None}, set(locale_ids))
    shown = []
    for image, locale_id in zip(images, locale_ids, strict=True):
        if image is not None:
            image = copy.copy(image)
            info.context.shown_images[id(image)] = (image, locale_id, batch)
        shown.append(image)
    return shown


def alt_texts(info, image_ids, locale_ids):
    """{(image id, locale id): alternative text} for this request, loading what is missing."""
    info.context.read(ImageAltText)
    known = request_cache(info, "alt_texts", dict)
    missing = {(image_id, locale_id) for image_id in image_ids for locale_id in locale_ids} - known.keys()
    if missing:
        known.update(dict.fromkeys(missing))
        found = ImageAltText.objects.filter(
            image_id__in={image_id for image_id, _ in missing}, locale_id__in={locale_id for _, locale_id in missing}
        )
        known.update({(item.image_id, item.locale_id): item.text for item in found})
    return known


class RenditionType(graphene.ObjectType):
    """A resized version of an image."""

    filter_spec = graphene.String(required=True, description="E.g. fill-1200x675.")
    url = graphene.String(required=True)
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)

    class Meta:
        name = "Rendition"

    def resolve_url(rendition, info):
        return rendition.url


class ImageType(graphene.ObjectType):
    """An image from the media library."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    width = graphene.Int(required=True, description="Width of the original.")
    height = graphene.Int(required=True, description="Height of the original.")
    file_size = graphene.Int()
    focal_point = graphene.List(
        graphene.NonNull(graphene.Int),
        description="x, y, width, height of the focal point on the original, if set.",
    )
    url = graphene.String(required=True, description="The original file.")
    rendition = graphene.Field(
        RenditionType,
        filter=graphene.String(required=True, description="One of API_IMAGE_RENDITIONS, e.g. fill-600x338."),
    )
    srcset = graphene.String(
        required=True, description="Width renditions for <img srcset>, from API_IMAGE_SRCSET_WIDTHS."
    )
    alt_text = graphene.String(
        description="What the image shows, in the language of the page that shows it (written per language "
        "in the admin: Snippets → Image alt texts). Null where that language has none: never another language's text."
    )

    class Meta:
        name = "Image"

    def resolve_alt_text(image, info):
        _image, locale_id, (image_ids, locale_ids) = info.context.shown_images.get(id(image), (None, None, ((), ())))
        if locale_id is None:
            return None
        return alt_texts(info, image_ids | {image.pk}, locale_ids | {locale_id}).get((image.pk, locale_id))

    def resolve_url(image, info):
        return image.file.url

    def resolve_file_size(image, info):
        return image.get_file_size()

    def resolve_focal_point(image, info):
        if image.focal_point_x is None:
            return None
        return [image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height]

    def resolve_rendition(image, info, filter):
        # get_renditions, unlike get_rendition, does not write a prefetched rendition back to
        # the renditions cache: one Redis round trip less per image.
        spec = check_filter_spec(filter)
        return image.get_renditions(rendition_filter(spec))[spec]

    def resolve_srcset(image, info):
        specs = [check_filter_spec(f"width-{width}") for width in api_settings.IMAGE_SRCSET_WIDTHS]
        renditions = image.get_renditions(*map(rendition_filter, specs))
        # An image narrower than a width gives the same rendition twice: list each width once.
        by_width = {renditions[spec].width: renditions[spec] for spec in reversed(specs)}
        return ", ".join(f"{rendition.url} {width}w" for width, rendition in sorted(by_width.items()))


class DocumentType(graphene.ObjectType):
    """A file from the document library, served through Wagtail's document view."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    url = graphene.String(required=True)
    filename = graphene.String(required=True)
    file_size = graphene.Int(description="Bytes.")
    file_type = graphene.String(description="The extension, e.g. pdf.")
    description = graphene.String(description="From the document library; null when not written.")
    language = graphene.String(description="Language code of the text; null when it has several or none.")
    created_at = graphene.DateTime(required=True)
    used_by = graphene.List(
        graphene.NonNull(lambda: page_interface()),
        required=True,
        description="The live, public pages that link to or attach this document (in the query's language, "
        "for `documents(locale:)`).",
    )

    class Meta:
        name = "Document"

    def resolve_description(document, info):
        return document_details(document).description or None

    def resolve_language(document, info):
        return document_details(document).language or None

    def resolve_used_by(document, info):
        from api.pages import pages_using_documents

        return pages_using_documents(info, document)

    def resolve_url(document, info):
        return document.url

    def resolve_filename(document, info):
        return document.filename

    def resolve_file_size(document, info):
        return document.get_file_size()

    def resolve_file_type(document, info):
        return document.file_extension


def page_interface():
    from api.types import PageInterface  # types build on media

    return PageInterface


def document_details(document):
    """The DocumentDetails of ``document`` (blank ones when none were written)."""
    from api.models import DocumentDetails

    try:
        return document.details
    except DocumentDetails.DoesNotExist:
        return DocumentDetails(document=document)


def visible_document(info, document):
    """``document`` when it is public, else None."""
    return get_visibility(info).media(document)


def batched_image(info, page, field):
    """The public image of ``field`` on ``page``, loaded with renditions for the whole list."""

    def load(siblings):
        ids = {getattr(sibling, f"{field}_id", None) for sibling in siblings} - {None}
        images = get_visibility(info).public_media(Image.objects.filter(pk__in=ids)).prefetch_renditions()
        by_id = {image.pk: image for image in images}
        for image in by_id.values():
            info.context.read(image, image.pk)
        chosen = [by_id.get(getattr(sibling, f"{field}_id", None)) for sibling in siblings]
        shown = shown_in(info, chosen, [sibling.locale_id for sibling in siblings])
        return {sibling.pk: image for sibling, image in zip(siblings, shown, strict=True)}

    return batched(info, page, field, load)


class MainImageField(graphene.Field):
    """A page's ``main_image`` (``home.models.MainImageMixin``): public, with renditions
    loaded for the whole list in one query."""

    def __init__(self, **kwargs):
        kwargs.setdefault("description", "Null when there is none or it is private.")
        super().__init__(ImageType, resolver=lambda page, info: batched_image(info, page, "main_image"), **kwargs)
