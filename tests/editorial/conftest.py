"""Real users of each editorial group, each with their own logged-in admin client."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from home import editorial


def make_user(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def users(db):
    return {
        "editor": make_user("jeanne", editorial.EDITORS),
        "moderator": make_user("mila", editorial.MODERATORS),
        "communication": make_user("chris", editorial.COMMUNICATION),
        "translator_fr": make_user("fanny", editorial.translators_group_name("fr")),
        "administrator": make_user("ada", editorial.ADMINISTRATORS),
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def clients(users):
    clients = {}
    for role, user in users.items():
        client = Client()
        client.force_login(user)
        clients[role] = client
    return clients
