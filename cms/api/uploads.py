"""Uploads checked by what they contain, not by their name.

Wagtail already refuses image files whose content is not the format their extension says (and
files over WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILDOCS_MAX_UPLOAD_SIZE).
On top of that, an image may not carry a web page or a script (a polyglot: a valid picture that
a browser could also run as HTML), nor data after the picture's end (PNG, GIF, WebP); SVG is not
an allowed image type at all (it is a document that runs scripts). A document must be what its
extension says: a PDF starts with ``%PDF-``, an Office or OpenDocument file is the ZIP package
of its kind, a text or CSV file is text and not HTML.
"""

import io
import re
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Markup a browser would run, looked for in the raw bytes of an image.
ACTIVE_CONTENT = re.compile(
    rb"<\s*(?:script|html|body|svg|iframe|object|embed|meta|\?php)\b|javascript:", re.IGNORECASE
)
PNG_END = b"IEND\xaeB`\x82"


def read_upload(file):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    data = file.read()
    file.seek(position)
    return data


def check_image_content(file, image_format):
    """Refuse an image (already identified as ``image_format`` by Pillow) that carries markup
    or trailing data."""
    data = read_upload(file)
    if ACTIVE_CONTENT.search(data):
        raise ValidationError(
            _(
                "This file contains a web page or a script besides the picture, so it is refused. "
                "Export the picture again from an image editor."
            ),
            code="image_active_content",
        )
    trailing = b""
    if image_format == "PNG":
        end = data.rfind(PNG_END)
        trailing = data[end + len(PNG_END) :] if end >= 0 else b""
    elif image_format == "GIF" and not data.rstrip(b"\x00").endswith(b"\x3b"):  # the trailer byte
        trailing = data[data.rfind(b"\x3b") + 1 :] or data[-1:]
    elif image_format == "WEBP" and data[:4] == b"RIFF":
        trailing = data[8 + int.from_bytes(data[4:8], "little") :]
    if trailing.strip(b"\x00"):
        raise ValidationError(
            _("This file has other data after the end of the picture, so it is refused. Export it again."),
            code="image_trailing_data",
        )


OFFICE_PACKAGES = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPENDOCUMENT_TYPES = {"odt": b"application/vnd.oasis.opendocument.text"}


def check_document_content(file):
    """Refuse a document whose content is not what its extension says."""
    extension = PurePath(file.name).suffix.lower().lstrip(".")
    data = read_upload(file)
    head = data[:1024]

    def refuse():
        raise ValidationError(
            _("This file is not a real .%(extension)s file (its content is something else), so it is refused.")
            % {"extension": extension},
            code="document_content_mismatch",
        )

    if extension == "pdf":
        if b"%PDF-" not in head or ACTIVE_CONTENT.search(head[: head.find(b"%PDF-")]):
            refuse()
    elif extension in OFFICE_PACKAGES or extension in OPENDOCUMENT_TYPES:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
                if extension in OFFICE_PACKAGES:
                    folder = OFFICE_PACKAGES[extension]
                    if "[Content_Types].xml" not in names or not any(name.startswith(folder) for name in names):
                        refuse()
                elif "mimetype" not in names or package.read("mimetype").strip() != OPENDOCUMENT_TYPES[extension]:
                    refuse()
        except zipfile.BadZipFile:
            refuse()
    elif extension == "rtf":
        if not data.startswith(b"{\\rtf"):
            refuse()
    elif extension in ("txt", "csv") and (
        b"\x00" in data or re.match(rb"\s*<(?:!doctype|html|script|svg)", head, re.IGNORECASE)
    ):
        refuse()
