"""What django-axes needs from the project."""

import ipaddress

from cms.api.access import client_ip


def client_address(request):
    """The caller's IP address as the API's rate limits see it (API_CLIENT_IP_HEADER behind a
    proxy), or None when there is none (a test client, a malformed header): axes stores it in
    an IP address column."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
