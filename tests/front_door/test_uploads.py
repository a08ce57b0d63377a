"""Uploads are checked by content: hostile files (a polyglot, an oversized image, an SVG with a
script, a web page named .pdf) are refused with a clear error, and nothing is stored."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection


def png(size=(64, 48), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format="JPEG")
    return buffer.getvalue()


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


def root_collection():
    return Collection.get_first_root_node().pk


def upload_image(client, name, content):
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "collection": root_collection()},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    return response.json()


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "collection": root_collection()},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    ).json()


@pytest.mark.django_db
def test_a_real_picture_is_accepted(clients):
    before = Image.objects.count()
    assert upload_image(clients["editor"], "mayors.png", png())["success"] is True
    assert upload_image(clients["editor"], "photo.jpg", jpeg())["success"] is True
    assert Image.objects.count() == before + 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content, message",
    [
        ("polyglot.png", png() + b"<html><script>alert(1)</script></html>", "web page or a script"),
        ("polyglot.jpg", jpeg()[:-2] + b"<script>alert(1)</script>" + b"\xff\xd9", "web page or a script"),
        ("trailing.png", png() + b"PK\x03\x04" + b"\x01" * 200, "other data after the end of the picture"),
        ("drawing.svg", SVG_WITH_SCRIPT, "Not a supported image format"),
        ("drawing.png", SVG_WITH_SCRIPT, "Not a valid"),
        ("huge.png", png(size=(10000, 7000), mode="1"), "pixels"),
    ],
)
def test_hostile_images_are_refused_and_nothing_is_stored(clients, name, content, message):
    before = Image.objects.count()
    answer = upload_image(clients["editor"], name, content)
    assert answer["success"] is False
    assert message in answer["error_message"]
    assert Image.objects.count() == before


@pytest.mark.django_db
def test_an_image_over_the_size_limit_is_refused(clients, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    answer = upload_image(clients["editor"], "big.png", png(size=(400, 400)) + b"\x00" * 2000)
    assert answer["success"] is False and "This file is too big" in answer["error_message"]


def office_package(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(f"{folder}document.xml", "<document/>")
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [
        ("strategy.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        ("minutes.docx", office_package("word/")),
        ("budget.xlsx", office_package("xl/")),
        ("members.csv", "city;country\nKošice;SK\n".encode()),
        ("note.txt", b"Plain text"),
    ],
)
def test_real_documents_are_accepted(clients, name, content):
    before = Document.objects.count()
    assert upload_document(clients["editor"], name, content)["success"] is True
    assert Document.objects.count() == before + 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", b"<html><body><script>alert(1)</script>%PDF-1.4</body></html>"),
        ("report.pdf", b"MZ\x90\x00 not a pdf at all"),
        ("minutes.docx", b"<html>a web page</html>"),
        ("minutes.docx", office_package("xl/")),
        ("notes.txt", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("table.csv", b"a,b\x00\x01\x02"),
        ("letter.rtf", b"%PDF-1.4 not rtf"),
    ],
)
def test_documents_that_are_not_what_their_name_says_are_refused(clients, name, content):
    before = Document.objects.count()
    answer = upload_document(clients["editor"], name, content)
    assert answer["success"] is False
    assert "is not a real" in answer["error_message"]
    assert Document.objects.count() == before


def gif():
    buffer = io.BytesIO()
    PILImage.new("P", (16, 16)).save(buffer, format="GIF")
    return buffer.getvalue()


@pytest.mark.django_db
def test_a_gif_with_data_after_its_trailer_is_refused(clients):
    assert upload_image(clients["editor"], "logo.gif", gif())["success"] is True
    answer = upload_image(clients["editor"], "logo.gif", gif() + b"PK\x03\x04zip")
    assert answer["success"] is False and "other data after the end" in answer["error_message"]


MARKUP = "<img src=x onerror=alert(document.domain)>"


def png_with_text():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", MARKUP)
    info.add_text("Description", MARKUP, zip=True)
    info.add_itxt("Title", MARKUP)
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), (10, 120, 200)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def gif_with_comment():
    buffer = io.BytesIO()
    PILImage.new("P", (16, 16)).save(buffer, format="GIF", comment=MARKUP.encode())
    return buffer.getvalue()


def jpeg_with_comment():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format="JPEG", comment=MARKUP.encode())
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [("chart.png", png_with_text()), ("logo.gif", gif_with_comment()), ("photo.jpg", jpeg_with_comment())],
)
def test_text_hidden_in_an_image_is_removed_from_what_is_stored_and_handed_out(clients, graphql, en, name, content):
    """Markup in PNG text chunks, GIF comments and JPEG comments (which the polyglot check does
    not see as a script) is gone from the stored original, the file the API's `url` gives out
    (issue 25); the picture is unchanged."""
    from news.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    assert MARKUP.encode() in content
    answer = upload_image(clients["editor"], name, content)
    assert answer["success"] is True, answer
    image = Image.objects.get(pk=answer["image_id"])
    stored = image.file.open("rb").read()
    image.file.close()
    assert b"onerror" not in stored
    original, cleaned = PILImage.open(io.BytesIO(content)), PILImage.open(io.BytesIO(stored))
    assert cleaned.size == original.size and cleaned.tobytes() == original.tobytes()
    assert image.file_size == len(stored) and (image.width, image.height) == original.size

    page = NewsPageFactory(parent=NewsIndexPage.objects.get(locale=en), main_image=image)
    url = graphql(f'{{ page(id: "{page.pk}") {{ ... on NewsPage {{ mainImage {{ url }} }} }} }}')["data"]["page"]
    assert url["mainImage"]["url"].endswith(image.file.name.split("/")[-1])
