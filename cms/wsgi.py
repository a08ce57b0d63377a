"""WSGI entry point. It defaults to the production settings (a server that forgets the setting
must not run with DEBUG on and any host allowed); manage.py defaults to development."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()
