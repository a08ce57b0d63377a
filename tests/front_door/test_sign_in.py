"""The admin's sign-in: throttled per account and per address (django-axes), unlocked by an
administrator's command, strong passwords, and two-factor authentication (TOTP) that a
setting makes compulsory for the roles that publish."""

import time

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "pass"  # tests.conftest.make_user


def sign_in(username, password=PASSWORD, address="192.0.2.10", client=None):
    client = client or Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": password})
    return client, response


def signed_in(response):
    return response.status_code == 302 and response.url.startswith("/admin/")


@pytest.mark.django_db
def test_five_failures_lock_the_account_whatever_the_address_until_an_administrator_unlocks_it(users):
    for attempt in range(4):
        _client, response = sign_in("jeanne", "wrong", address=f"192.0.2.{attempt + 1}")
        assert response.status_code == 200  # the form again, with its error
    assert sign_in("jeanne", "wrong", address="192.0.2.5")[1].status_code == 429  # the fifth locks
    _client, response = sign_in("jeanne", address="198.51.100.7")
    assert response.status_code == 429
    assert b"Sign-in locked" in response.content and b"Try again in 15 minutes" in response.content
    # Another account is not locked out by it.
    assert signed_in(sign_in("mila", address="198.51.100.8")[1])

    call_command("axes_reset_username", "jeanne", verbosity=0)
    assert signed_in(sign_in("jeanne", address="198.51.100.7")[1])


@pytest.mark.django_db
def test_five_failures_from_one_address_lock_the_address(users):
    for username in ["jeanne", "mila", "chris", "fanny", "ada"]:
        sign_in(username, "wrong", address="203.0.113.9")
    assert sign_in("marta", address="203.0.113.9")[1].status_code == 429
    assert signed_in(sign_in("marta", address="203.0.113.10")[1])


@pytest.mark.django_db
def test_a_successful_sign_in_resets_the_count(users):
    for _ in range(4):
        sign_in("jeanne", "wrong")
    assert signed_in(sign_in("jeanne")[1])
    for _ in range(4):
        sign_in("jeanne", "wrong")
    assert signed_in(sign_in("jeanne")[1])


@pytest.mark.django_db
def test_signing_in_with_another_account_does_not_wipe_the_failures_of_an_address(users):
    """The walk-around: 4 wrong passwords for one account, then a correct sign-in with another
    account from the same address, three times. The guessed account locks at its fifth failure."""
    locked = False
    for _round in range(3):
        for _ in range(4):
            response = sign_in("chris", "wrong", address="192.0.2.99")[1]
            locked = locked or response.status_code == 429
        sign_in("jeanne", address="192.0.2.99")
    assert locked
    assert sign_in("chris", address="198.51.100.99")[1].status_code == 429  # the right password, locked


@pytest.mark.django_db
def test_behind_a_proxy_the_lock_follows_the_address_the_proxy_saw(users, settings):
    """A client that writes a new address at the left of X-Forwarded-For on each guess is still
    one address; sign-in, the API and applications count the same one (api.access.client_ip)."""
    settings.CLIENT_IP_TRUSTED_PROXIES = 1
    for attempt, username in enumerate(["jeanne", "mila", "chris", "fanny", "ada"]):
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.1.{attempt}.1, 203.0.113.50")
        sign_in(username, "wrong", client=client)
    spoofing = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.2.0.1, 203.0.113.50")
    assert sign_in("marta", client=spoofing)[1].status_code == 429
    elsewhere = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.51")
    assert signed_in(sign_in("marta", client=elsewhere)[1])


@pytest.mark.django_db
def test_weak_passwords_are_refused_when_an_administrator_creates_an_account(clients):
    from wagtail.users.forms import UserCreationForm

    for weak, reason in [("alliance26", "too short"), ("password1234", "too common"), ("84629175302846", "numeric")]:
        form = UserCreationForm(
            data={
                "username": "newcomer",
                "email": "n@example.org",
                "first_name": "N",
                "last_name": "C",
                "password1": weak,
                "password2": weak,
            }
        )
        assert not form.is_valid()
        assert reason in " ".join(form.errors.get("password2", []) + form.errors.get("password1", [])), form.errors


def current_code(device, drift=0):
    """The code the user's app shows (``drift=1``: the next one; django-otp refuses a code
    used before, and accepts one step of clock drift)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def set_up_two_factor(client):
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user__username=page.wsgi_request.user.username, confirmed=False)
    response = client.post("/admin/two-factor/setup/", {"code": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


@pytest.mark.django_db
def test_an_editor_turns_two_factor_on_and_then_signs_in_with_a_code(users, graphql):
    client, response = sign_in("jeanne")
    assert signed_in(response)
    device = set_up_two_factor(client)

    client, response = sign_in("jeanne", client=Client(REMOTE_ADDR="192.0.2.50"))
    assert signed_in(response)  # the password is right...
    admin = client.get("/admin/pages/")
    assert admin.status_code == 302 and admin.url.startswith("/admin/two-factor/verify/")  # ...but not enough
    # Meanwhile the session is nobody's outside the admin (the API sees an anonymous caller).
    assert client.get("/admin/two-factor/verify/").status_code == 200
    wrong = client.post(
        "/admin/two-factor/verify/", {"code": "000000" if current_code(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200 and b"This code is not valid" in wrong.content

    time.sleep(1.1)  # django-otp's throttle after one failure
    device.refresh_from_db()
    right = client.post(
        "/admin/two-factor/verify/?next=/admin/pages/", {"code": current_code(device, drift=1), "next": "/admin/pages/"}
    )
    assert right.status_code == 302 and right.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_guessing_codes_is_throttled(users):
    client, _ = sign_in("jeanne")
    device = set_up_two_factor(client)
    client, _ = sign_in("jeanne", client=Client(REMOTE_ADDR="192.0.2.61"))
    for guess in ["123456", "234567", "345678", "456789", "567890"]:
        client.post("/admin/two-factor/verify/", {"code": guess})
    device.refresh_from_db()
    refused = client.post("/admin/two-factor/verify/", {"code": current_code(device, drift=1)})
    assert refused.status_code == 200  # even the right code waits out the throttle
    assert client.get("/admin/pages/").status_code == 302


@pytest.mark.django_db
def test_a_setting_makes_two_factor_compulsory_for_administrators_and_moderators(users, settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = ["Administrators", "Moderators"]
    moderator, _ = sign_in("mila")
    response = moderator.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/admin/two-factor/setup/")
    superuser, _ = sign_in("root")
    assert superuser.get("/admin/").url.startswith("/admin/two-factor/setup/")
    editor, _ = sign_in("jeanne")
    assert editor.get("/admin/").status_code == 200  # optional for editors

    set_up_two_factor(moderator)
    assert moderator.get("/admin/").status_code == 200
    moderator.post("/admin/two-factor/disable/")
    assert TOTPDevice.objects.filter(user=users["moderator"]).exists(), "a required second factor stays on"


@pytest.mark.usefixtures("live_news_source")
@pytest.mark.django_db
def test_an_unverified_session_is_anonymous_to_the_api(users, en):
    from news.models import NewsPage

    client, _ = sign_in("jeanne")
    set_up_two_factor(client)
    client, _ = sign_in("jeanne", client=Client(REMOTE_ADDR="192.0.2.70"))
    draft = NewsPage.objects.filter(locale=en).first()
    query = "query ($id: ID) { page(id: $id) { title translationStatus { languageCode } } }"
    response = client.post(
        "/graphql/", {"query": query, "variables": {"id": str(draft.pk)}}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous
