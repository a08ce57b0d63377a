"""The media storage failing on upload (disk full, read-only, object storage down): the editor
gets a clear error, and no image or document row exists without its file."""

import errno

import pytest
from botocore.exceptions import EndpointConnectionError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from tests.front_door.test_uploads import png

FAILURES = {
    "disk full": OSError(errno.ENOSPC, "No space left on device"),
    "read-only": OSError(errno.EROFS, "Read-only file system"),
    "object storage down": EndpointConnectionError(endpoint_url="https://s3.example.org"),
}


@pytest.fixture(params=FAILURES)
def failing_storage(request, monkeypatch):
    def refuse(self, name, content):
        raise FAILURES[request.param]

    monkeypatch.setattr(FileSystemStorage, "_save", refuse)
    return request.param


def files_on_disk(storage_root):
    return sorted(path.name for path in storage_root.rglob("*") if path.is_file())


@pytest.mark.django_db
def test_a_multiple_upload_the_storage_refuses_says_so_and_saves_nothing(clients, failing_storage):
    before = (Image.objects.count(), Document.objects.count())
    collection = Collection.get_first_root_node().pk
    image = clients["editor"].post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("mayors.png", png()), "collection": collection},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    document = clients["editor"].post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("minutes.txt", b"Minutes"), "collection": collection},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    for response in (image, document):
        assert response.status_code == 200
        assert response.json()["success"] is False
        assert "could not be stored" in response.json()["error_message"]
    assert (Image.objects.count(), Document.objects.count()) == before


@pytest.mark.django_db
def test_a_single_upload_the_storage_refuses_comes_back_with_a_message(clients, failing_storage):
    before = Image.objects.count()
    response = clients["editor"].post(
        "/admin/images/add/",
        {
            "title": "Mayors",
            "file": SimpleUploadedFile("mayors.png", png()),
            "collection": Collection.get_first_root_node().pk,
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "could not be stored" in response.content.decode()
    assert Image.objects.count() == before
