"""Small real files for tests: a PNG made with Pillow, a text document."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image


def make_image(title, collection, size=(640, 360)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (120, 40, 60)).save(buffer, format="PNG")
    image = Image(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="test.png")
    image.save()
    return image


def make_document(title, collection, filename="minutes.txt"):
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(b"Minutes of the working group"), save=False)
    document.save()
    return document
