"""Images and documents in the API. Renditions come only from the API_IMAGE_RENDITIONS
allow-list: a client can never make the server generate an arbitrary rendition."""

import graphene
from django.conf import settings
from graphql import GraphQLError


def check_filter_spec(spec):
    allowed = settings.API_IMAGE_RENDITIONS
    if spec not in allowed:
        raise GraphQLError(f"Rendition '{spec}' is not allowed. Allowed renditions: {', '.join(allowed)}.")
    return spec


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

    class Meta:
        name = "Image"

    def resolve_url(image, info):
        return image.file.url

    def resolve_file_size(image, info):
        return image.get_file_size()

    def resolve_focal_point(image, info):
        if image.focal_point_x is None:
            return None
        return [image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height]

    def resolve_rendition(image, info, filter):
        return image.get_rendition(check_filter_spec(filter))

    def resolve_srcset(image, info):
        specs = [check_filter_spec(f"width-{width}") for width in settings.API_IMAGE_SRCSET_WIDTHS]
        renditions = image.get_renditions(*specs)
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

    class Meta:
        name = "Document"

    def resolve_url(document, info):
        return document.url

    def resolve_filename(document, info):
        return document.filename

    def resolve_file_size(document, info):
        return document.get_file_size()

    def resolve_file_type(document, info):
        return document.file_extension


