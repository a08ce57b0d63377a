"""What django-axes needs from the project."""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt

from api.access import client_ip


def client_address(request):
    """The caller's IP address as the API's rate limits see it (CLIENT_IP_TRUSTED_PROXIES behind
    proxy), or None when there is none (a test client, a malformed header): axes stores it in
    an IP address column."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


class AccountScopedAxesHandler(AxesDatabaseHandler):
    """django-axes' database handler, except that a successful sign-in forgets only the
    failures of the account that signed in. Axes deletes every failure matching any lockout
    parameter, the address's included: anyone with an account could then wipe the failures of
    their address for other accounts by signing in between guesses."""

    def reset_user_attempts(self, request, credentials=None):
        username = get_client_username(request, credentials)
        if not username:
            return 0
        count, _deleted = AccessAttempt.objects.filter(username=username).delete()
        return count
