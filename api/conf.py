"""The API's settings in one structure: ``settings.API`` (cms/settings/base.py), a dict of
``NAME: value``, each read from the environment variable ``API_NAME`` (docs/deployment.md lists
them). Code reads them as ``api_settings.NAME``, at the time of use, so ``override_settings``
and the test's ``settings`` fixture apply."""

from django.conf import settings


class ApiSettings:
    """Attribute access to ``settings.API``."""

    def __getattr__(self, name):
        try:
            return settings.API[name]
        except KeyError:
            raise AttributeError(f"settings.API has no {name!r} (cms/settings/base.py)") from None


api_settings = ApiSettings()
