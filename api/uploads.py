"""Uploads checked by what they contain, not by their name.

Wagtail already refuses image files whose content is not the format their extension says (and
files over WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILDOCS_MAX_UPLOAD_SIZE).
On top of that, an image may not carry a web page or a script (a polyglot: a valid picture that
a browser could also run as HTML), nor data after the picture's end (PNG, GIF, WebP); SVG is not
an allowed image type at all (it is a document that runs scripts). What a picture may carry besides
its pixels as free text (PNG text chunks, GIF comments and plain-text blocks, JPEG comments) is
removed from the stored original, which the API hands out as ``url``. A document must be what its
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


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
GIF_COMMENT, GIF_PLAIN_TEXT = 0xFE, 0x01


def png_without_text(data):
    """The PNG ``data`` without its text chunks (tEXt, zTXt, iTXt), every other chunk as it was."""
    kept, position = [PNG_SIGNATURE], len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = data[position + 4 : position + 8]
        end = position + 12 + length
        if chunk_type not in PNG_TEXT_CHUNKS:
            kept.append(data[position:end])
        position = end
        if chunk_type == b"IEND":
            break
    return b"".join(kept)


def gif_sub_blocks_end(data, position):
    """Where the data sub-blocks starting at ``position`` end (after their 0 terminator)."""
    while position < len(data) and data[position]:
        position += data[position] + 1
    return position + 1


def gif_without_text(data):
    """The GIF ``data`` without comment and plain-text extensions, every other block as it was."""
    flags = data[10]
    position = 13 + (3 * 2 ** ((flags & 0x07) + 1) if flags & 0x80 else 0)  # header, screen, colours
    kept = [data[:position]]
    while position < len(data):
        introducer = data[position]
        if introducer == 0x21:  # extension: label, then sub-blocks
            end = gif_sub_blocks_end(data, position + 2)
            if data[position + 1] not in (GIF_COMMENT, GIF_PLAIN_TEXT):
                kept.append(data[position:end])
            position = end
        elif introducer == 0x2C:  # image: descriptor, local colours, LZW size, sub-blocks
            local = data[position + 9]
            start = position + 10 + (3 * 2 ** ((local & 0x07) + 1) if local & 0x80 else 0)
            end = gif_sub_blocks_end(data, start + 1)
            kept.append(data[position:end])
            position = end
        else:  # the trailer (0x3B), or bytes the format checks have already judged
            kept.append(data[position:])
            break
    return b"".join(kept)


def jpeg_without_comments(data):
    """The JPEG ``data`` without COM segments, every other segment and the scan as they were."""
    kept, position = [data[:2]], 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        end = position + 2 + int.from_bytes(data[position + 2 : position + 4], "big")
        if marker != 0xFE:
            kept.append(data[position:end])
        position = end
    kept.append(data[position:])
    return b"".join(kept)


TEXT_REMOVERS = {"PNG": png_without_text, "GIF": gif_without_text, "JPEG": jpeg_without_comments}


def remove_embedded_text(file, image_format):
    """Rewrite the uploaded ``file`` (identified as ``image_format``) without the free text it
    carries besides the picture; the pixels and every other block stay byte for byte."""
    remover = TEXT_REMOVERS.get(image_format)
    if remover is None:
        return
    data = read_upload(file)
    try:
        cleaned = remover(data)
    except IndexError:  # a structure the format checks let through but this reading cannot follow
        return
    if cleaned != data:
        file.seek(0)
        file.truncate()
        file.write(cleaned)
        file.seek(0)
        file.size = len(cleaned)


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
