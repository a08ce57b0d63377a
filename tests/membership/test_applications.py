"""Membership applications: what a partner site's form gets from ``applyForMembership``, and
what the Alliance's staff then see in the admin, their mailbox and the webhook log."""

import csv
import io
import json
import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale

from editorial.models import WebhookDelivery, WebhookSubscription
from home.models import Member
from membership.models import MembershipApplication

APPLY = """
mutation Apply($input: MembershipApplicationInput!) {
  applyForMembership(input: $input) { ok reference errors { field messages } }
}
"""


def application_input(**changes):
    values = {
        "authorityName": "Ville de Montreuil",
        "kind": "city",
        "country": "FR",
        "contactName": "Camille Martin",
        "contactRole": "Adjointe au maire",
        "email": "camille.martin@example.org",
        "phone": "+33 1 48 70 60 00",
        "website": "https://www.montreuil.fr",
        "motivation": "Montreuil runs a mediation programme with Roma families and wants to share it.",
        "consent": True,
        "language": "fr",
        "idempotencyKey": uuid.uuid4().hex,
    }
    values.update(changes)
    return values


@pytest.fixture(autouse=True)
def no_applications_yet(db):
    """Start from an empty list (the demo has two applications waiting)."""
    MembershipApplication.objects.all().delete()


@pytest.fixture
def apply(db, graphql, django_capture_on_commit_callbacks):
    def run(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            return graphql(APPLY, {"input": application_input(**changes)})

    return run


@pytest.fixture
def subscriber(db):
    return WebhookSubscription.objects.create(name="CRM", url="https://crm.example.org/hook", on_applications=True)


def test_an_application_is_stored_announced_by_email_and_webhook(apply, users, subscriber):
    answer = apply()

    result = answer["data"]["applyForMembership"]
    assert result["ok"] is True and result["errors"] == []
    application = MembershipApplication.objects.get(reference=result["reference"])
    assert application.authority_name == "Ville de Montreuil"
    assert application.status == MembershipApplication.Status.NEW
    assert application.country.code == "FR" and application.language == "fr"
    assert application.consent_given_at is not None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert users["membership"].email in message.to  # every membership staff member (the demo's too)
    assert "Ville de Montreuil" in message.subject
    assert f"/admin/membership_applications/edit/{application.pk}/" in message.body

    delivery = WebhookDelivery.objects.get(subscription=subscriber, action="application.received")
    assert delivery.payload["application"] == {
        "reference": application.reference,
        "authority": "Ville de Montreuil",
        "kind": "city",
        "country": "FR",
        "language": "fr",
    }
    assert "camille" not in json.dumps(delivery.payload).lower()  # no personal data leaves


def test_subscriptions_do_not_hear_of_applications_unless_they_ask(apply):
    plain = WebhookSubscription.objects.create(name="Frontend", url="https://front.example.org/hook")
    apply()
    assert not plain.deliveries.exists()


def test_field_errors_come_back_in_the_applicants_language_and_nothing_is_stored(apply):
    answer = apply(email="not-an-address", consent=False, kind="village", authorityName="", motivation="x" * 5001)

    result = answer["data"]["applyForMembership"]
    assert result["ok"] is False and result["reference"] is None
    errors = {error["field"]: error["messages"] for error in result["errors"]}
    assert set(errors) == {"email", "consent", "kind", "authorityName", "motivation"}
    assert errors["email"] == ["Saisissez une adresse de courriel valide."]
    assert "5000" in errors["motivation"][0]
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_every_text_has_a_length_limit(apply):
    answer = apply(authorityName="A" * 256, contactName="B" * 256, phone="1" * 51, contactRole="C" * 256)
    fields = {error["field"] for error in answer["data"]["applyForMembership"]["errors"]}
    assert fields == {"authorityName", "contactName", "phone", "contactRole"}


@pytest.mark.parametrize("motivation", ["short", "m" * 19, " " * 10 + "m" * 15 + " " * 10])
def test_a_motivation_under_20_characters_is_refused(apply, motivation):
    """docs/api.md says 20 to 5000 characters: the lower bound holds too."""
    answer = apply(motivation=motivation)
    result = answer["data"]["applyForMembership"]
    assert result["ok"] is False
    errors = {error["field"]: error["messages"] for error in result["errors"]}
    assert set(errors) == {"motivation"} and "20" in errors["motivation"][0]
    assert not MembershipApplication.objects.exists()


def test_a_motivation_of_20_characters_is_accepted(apply):
    assert apply(motivation="m" * 20)["data"]["applyForMembership"]["ok"] is True


def test_a_double_submit_stores_one_application(apply, users):
    key = uuid.uuid4().hex
    first = apply(idempotencyKey=key)["data"]["applyForMembership"]
    second = apply(idempotencyKey=key)["data"]["applyForMembership"]

    assert first["ok"] and second["ok"]
    assert first["reference"] == second["reference"]
    assert MembershipApplication.objects.count() == 1
    assert len(mail.outbox) == 1


def test_an_idempotency_key_reused_for_another_application_is_refused(apply):
    key = uuid.uuid4().hex
    apply(idempotencyKey=key)
    answer = apply(idempotencyKey=key, authorityName="Région Grand Est")

    assert answer["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert MembershipApplication.objects.count() == 1


def test_a_short_idempotency_key_is_a_field_error(apply):
    result = apply(idempotencyKey="abc")["data"]["applyForMembership"]
    assert [error["field"] for error in result["errors"]] == ["idempotencyKey"]


def test_a_filled_honeypot_looks_accepted_but_stores_and_sends_nothing(apply, users):
    result = apply(honeypot="http://spam.example")["data"]["applyForMembership"]

    assert result["ok"] is True and result["reference"].startswith("APP-")
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


@override_settings(MEMBERSHIP_APPLICATIONS_PER_HOUR=2)
def test_applications_are_limited_per_address_and_hour(apply):
    assert apply()["data"]["applyForMembership"]["ok"]
    assert apply()["data"]["applyForMembership"]["ok"]
    answer = apply()

    assert answer["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert answer["data"]["applyForMembership"] is None
    assert MembershipApplication.objects.count() == 2


def test_no_other_write_exists(graphql):
    schema = graphql("{ __schema { mutationType { fields { name } } subscriptionType { name } } }")["data"]
    assert schema["__schema"]["mutationType"]["fields"] == [{"name": "applyForMembership"}]
    assert schema["__schema"]["subscriptionType"] is None


def test_mutations_are_refused_over_get(db, client):
    response = client.get(
        "/graphql/",
        {"query": "mutation { applyForMembership(input: {}) { ok } }"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 405


def test_the_answer_is_never_cached(apply, client):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": APPLY, "variables": {"input": application_input()}}),
        content_type="application/json",
    )
    assert "no-store" in response["Cache-Control"]


# The admin -------------------------------------------------------------------------------


@pytest.fixture
def application(apply):
    reference = apply()["data"]["applyForMembership"]["reference"]
    return MembershipApplication.objects.get(reference=reference)


def test_staff_list_filter_and_export_applications(clients, application, apply):
    apply(authorityName="Região Norte", kind="region", country="PT", language="en")

    listing = clients["membership"].get("/admin/membership_applications/", {"country": "PT"})
    assert listing.status_code == 200
    assert "Região Norte" in listing.content.decode() and "Ville de Montreuil" not in listing.content.decode()

    export = clients["membership"].get("/admin/membership_applications/", {"export": "csv"})
    assert export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8"))))
    assert {row["Authority"] for row in rows} == {"Ville de Montreuil", "Região Norte"}
    assert {row["E-mail"] for row in rows} == {"camille.martin@example.org"}


@pytest.mark.parametrize("role", ["editor", "moderator", "translator_fr"])
def test_other_groups_do_not_see_applications(clients, application, role):
    assert clients[role].get("/admin/membership_applications/").status_code in (302, 403)


def test_accepting_creates_a_draft_member_in_every_language(clients, application, users):
    response = clients["membership"].post(
        f"/admin/membership_applications/edit/{application.pk}/",
        {"status": "accepted", "notes": "Letter from the mayor received."},
    )
    assert response.status_code == 302

    application.refresh_from_db()
    assert application.status == "accepted" and application.decided_at is not None
    assert application.notes == "Letter from the mayor received."
    assert application.authority_name == "Ville de Montreuil"  # read-only in the form
    drafts = Member.objects.filter(translation_key=application.member.translation_key)
    assert {member.locale.language_code for member in drafts} == set(
        Locale.objects.values_list("language_code", flat=True)
    )
    assert all(not member.live for member in drafts)
    assert {member.name for member in drafts} == {"Ville de Montreuil"}

    # Saving again does not make a second member.
    clients["membership"].post(
        f"/admin/membership_applications/edit/{application.pk}/", {"status": "accepted", "notes": "Done."}
    )
    assert Member.objects.filter(name="Ville de Montreuil").count() == drafts.count()


def test_a_draft_member_is_not_public(clients, application, graphql):
    clients["membership"].post(f"/admin/membership_applications/edit/{application.pk}/", {"status": "accepted"})
    names = graphql('{ members(locale: "en", limit: 100) { items { name } } }')["data"]["members"]["items"]
    assert "Ville de Montreuil" not in {item["name"] for item in names}


# Retention -------------------------------------------------------------------------------


@override_settings(MEMBERSHIP_APPLICATION_RETENTION_DAYS=30)
def test_expired_applications_are_deleted(application, apply):
    recent = MembershipApplication.objects.get(reference=apply()["data"]["applyForMembership"]["reference"])
    MembershipApplication.objects.filter(pk=application.pk).update(updated_at=timezone.now() - timedelta(days=31))

    out = io.StringIO()
    call_command("delete_expired_applications", "--dry-run", stdout=out)
    assert "1 membership application(s)" in out.getvalue()
    assert MembershipApplication.objects.count() == 2

    call_command("delete_expired_applications", stdout=io.StringIO())
    assert list(MembershipApplication.objects.all()) == [recent]


def test_staff_open_an_application_with_the_applicants_data_read_only(clients, application):
    edit = clients["membership"].get(f"/admin/membership_applications/edit/{application.pk}/")
    assert edit.status_code == 200
    page = edit.content.decode()
    assert "camille.martin@example.org" in page
    assert 'name="status"' in page and 'name="notes"' in page
    assert 'name="email"' not in page and 'name="authority_name"' not in page
    assert clients["membership"].get(f"/admin/membership_applications/inspect/{application.pk}/").status_code == 200
    # Applications come from the API only.
    assert clients["administrator"].get("/admin/membership_applications/new/").status_code in (302, 403)


def test_an_email_failure_loses_no_application(apply, users, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr("membership.notifications.send_mail", broken)
    result = apply()["data"]["applyForMembership"]
    assert result["ok"]
    assert MembershipApplication.objects.filter(reference=result["reference"]).exists()


FORMULAS = {
    "authorityName": '=HYPERLINK("http://evil.example","Click")',
    "contactName": "@SUM(1+1)",
    "contactRole": "-1+1",
    "motivation": "+1+2 and a motivation long enough to be accepted",
}


def test_the_csv_export_does_not_carry_formulas(clients, apply):
    """Every cell starting with =, +, -, @, a tab or CR is quoted (issue 25), telephone numbers
    too: a spreadsheet would read "+33 1 48 70 60 00" as a formula (#NULL!)."""
    apply(**FORMULAS)
    export = clients["membership"].get("/admin/membership_applications/", {"export": "csv"})
    row = next(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8"))))
    assert row["Authority"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert row["Contact person"] == "'@SUM(1+1)"
    assert row["Role"] == "'-1+1"
    assert row["Motivation"].startswith("'+1+2")
    assert row["Telephone"] == "'+33 1 48 70 60 00"


def test_the_xlsx_export_keeps_formulas_as_text(clients, apply):
    from openpyxl import load_workbook

    apply(**FORMULAS)
    export = clients["membership"].get("/admin/membership_applications/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    headings = [cell.value for cell in sheet[1]]
    cells = dict(zip(headings, sheet[2], strict=True))
    for heading in ("Authority", "Contact person", "Role", "Motivation", "Telephone"):
        cell = cells[heading]
        assert cell.data_type == "s" and cell.quotePrefix, (heading, cell.value)
    assert cells["Authority"].value == FORMULAS["authorityName"]  # the value itself is unchanged


def test_single_line_fields_refuse_line_breaks(apply):
    result = apply(authorityName="Ville\nBcc: everyone@example.org", contactRole="Maire\r\n")["data"][
        "applyForMembership"
    ]
    assert {error["field"] for error in result["errors"]} == {"authorityName"}  # the role's end is trimmed
    assert not MembershipApplication.objects.exists()


def test_the_application_limit_counts_the_address_the_proxy_saw(client, settings, django_capture_on_commit_callbacks):
    """Behind a trusted proxy, an applicant who writes a new address at the left of
    X-Forwarded-For on each try is still one address."""
    settings.CLIENT_IP_TRUSTED_PROXIES = 1
    settings.MEMBERSHIP_APPLICATIONS_PER_HOUR = 2

    def apply_from(forwarded_for):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/graphql/",
                json.dumps({"query": APPLY, "variables": {"input": application_input()}}),
                content_type="application/json",
                HTTP_X_FORWARDED_FOR=forwarded_for,
            )
        return response.json()

    answers = [apply_from(f"10.0.{attempt}.1, 198.51.100.20") for attempt in range(3)]
    assert [answer["data"]["applyForMembership"] is not None for answer in answers] == [True, True, False]
    assert answers[-1]["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert apply_from("198.51.100.21")["data"]["applyForMembership"]["ok"]


def test_another_sites_form_cannot_post_an_application(client, django_capture_on_commit_callbacks):
    """A cross-site HTML form sends url-encoded or multipart bodies without a CORS preflight:
    the mutation is taken as application/json only."""
    body = {"query": APPLY, "variables": json.dumps({"input": application_input()})}
    with django_capture_on_commit_callbacks(execute=True):
        as_form = client.post("/graphql/", body)  # multipart/form-data, as the test client sends it
        as_urlencoded = client.post(
            "/graphql/",
            "&".join(f"{key}={value}" for key, value in {"query": APPLY}.items()),
            content_type="application/x-www-form-urlencoded",
        )
    for response in (as_form, as_urlencoded):
        assert response.status_code == 415
        assert response.json()["errors"][0]["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []
