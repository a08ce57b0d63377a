"""The document library: `documents` lists the public documents with their details and the
pages that use them; editors write the details on Wagtail's document form."""

import pytest
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from api.models import DocumentDetails
from practices.models import StrategyDocumentPage
from tests.media import make_document

LIBRARY = """query ($locale: String, $search: String, $fileType: String, $collection: String) {
  documents(locale: $locale, search: $search, fileType: $fileType, collection: $collection, sort: TITLE_ASC) {
    totalCount
    items { title description language fileSize fileType url usedBy { title locale { languageCode } } }
  }
}"""


def library(graphql, **variables):
    result = graphql(LIBRARY, variables)
    assert "errors" not in result, result
    return result["data"]["documents"]


@pytest.fixture
def strategy_with_pdfs(home_en):
    """A strategy document with a PDF per language, translated into French (the French page
    has the same attachments)."""
    from practices.models import StrategyDocumentAttachment
    from tests.factories import StrategyDocumentPageFactory, translate

    root = Collection.get_first_root_node()
    strategy = StrategyDocumentPageFactory(parent=home_en, title="Strategic orientations of the Alliance")
    for language in ("en", "fr"):
        pdf = make_document(
            f"Strategic orientations ({language.upper()})", root, filename=f"orientations-{language}.pdf"
        )
        DocumentDetails.objects.update_or_create(document=pdf, defaults={"language": language})
        strategy.attachments.add(StrategyDocumentAttachment(document=pdf, language=language))
    strategy.save_revision().publish()
    translate(strategy)
    return strategy


@pytest.mark.usefixtures("strategy_with_pdfs")
@pytest.mark.django_db
def test_the_library_lists_documents_with_the_pages_that_use_them(graphql, en, fr):
    strategy = StrategyDocumentPage.objects.get(locale=en)
    french_pdf = next(
        a.document for a in StrategyDocumentPage.objects.get(locale=fr).attachments.all() if a.language == "fr"
    )
    DocumentDetails.objects.update_or_create(
        document=french_pdf, defaults={"description": "Orientations 2014-2020", "language": "fr"}
    )
    found = library(graphql)
    assert found["totalCount"] == Document.objects.count()
    item = next(item for item in found["items"] if item["title"] == french_pdf.title)
    assert item["description"] == "Orientations 2014-2020" and item["language"] == "fr"
    assert item["fileType"] == "pdf" and item["fileSize"] > 0 and item["url"].startswith("/documents/")
    assert strategy.title in {page["title"] for page in item["usedBy"]}
    # In French: documents in French or in no language, and the French pages using them.
    french = library(graphql, locale="fr")
    assert all(item["language"] in (None, "fr") for item in french["items"])
    used = next(item for item in french["items"] if item["title"] == french_pdf.title)["usedBy"]
    assert used and {page["locale"]["languageCode"] for page in used} == {"fr"}


@pytest.mark.django_db
def test_the_library_filters_by_words_type_and_collection(graphql, en):
    reports = Collection.get_first_root_node().add_child(name="Reports")
    make_document("Annual report on Roma inclusion", reports, filename="report.txt")
    assert [item["title"] for item in library(graphql, search="annual inclusion")["items"]] == [
        "Annual report on Roma inclusion"
    ]
    assert [item["fileType"] for item in library(graphql, fileType="txt")["items"]] == ["txt"]
    assert library(graphql, collection="reports")["totalCount"] == 1


@pytest.mark.django_db
def test_private_documents_are_not_in_the_library(graphql, en):
    secret = Collection.get_first_root_node().add_child(name="Taskforce only")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="login")
    make_document("Zebrafinch minutes", secret)
    assert "Zebrafinch" not in str(library(graphql))
    assert library(graphql, search="Zebrafinch")["totalCount"] == 0


@pytest.mark.django_db
def test_editors_write_the_description_and_language_on_the_document_form(admin_client, graphql):
    document = make_document("Terminology note", Collection.get_first_root_node())
    edit = reverse("wagtaildocs:edit", args=(document.pk,))
    form = admin_client.get(edit)
    assert b'name="description"' in form.content and b'name="language"' in form.content
    response = admin_client.post(
        edit,
        {
            "title": "Terminology note",
            "collection": document.collection_id,
            "tags": "",
            "description": "Why the Council of Europe says Roma",
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    item = next(item for item in library(graphql)["items"] if item["title"] == "Terminology note")
    assert item["description"] == "Why the Council of Europe says Roma" and item["language"] == "en"
