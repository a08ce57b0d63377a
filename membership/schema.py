"""The one write of the public API: ``applyForMembership``.

Validation errors are answered as data (``errors: [{field, messages}]``, in the applicant's
language) so that a form can show them beside its fields; abuse (rate limit, a reused
idempotency key) is answered as a GraphQL error with a code."""

import logging
import re

import graphene
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from graphene_django.forms.mutation import fields_for_form
from graphene_django.types import ErrorType
from graphql import GraphQLError

from api.access import client_ip
from api.cache import count_in_window
from membership.forms import MembershipApplicationForm
from membership.models import MembershipApplication, new_reference
from membership.notifications import announce

logger = logging.getLogger("membership")

IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9_\-]{16,100}$")


def _input_fields():
    fields = fields_for_form(MembershipApplicationForm(), (), ())
    fields["idempotency_key"] = graphene.String(
        required=True,
        description=(
            "A random value (16 to 100 letters, digits, - or _) the form generates once per application: "
            "sending it again returns the application already stored instead of storing a second one."
        ),
    )
    fields["honeypot"] = graphene.String(
        description="Render as a hidden, empty input: humans leave it empty, robots fill it in."
    )
    return fields


MembershipApplicationInput = type(
    "MembershipApplicationInput",
    (graphene.InputObjectType,),
    {"__doc__": "An authority's application to take part in the Alliance.", **_input_fields()},
)


def check_rate_limit(info):
    """A GraphQL error past MEMBERSHIP_APPLICATIONS_PER_HOUR submissions from one address."""
    limit = settings.MEMBERSHIP_APPLICATIONS_PER_HOUR
    if not limit:
        return
    hour = int(timezone.now().timestamp() // 3600)
    try:
        count = count_in_window(f"membership:rate:{client_ip(info.context.request)}:{hour}", seconds=3600)
    except Exception:
        logger.warning("Application rate limit skipped: the cache is unreachable", exc_info=True)
        return
    if count > limit:
        raise GraphQLError(
            "Too many applications from this address: try again in an hour.",
            extensions={"code": "RATE_LIMITED"},
        )


class ApplyForMembership(graphene.Mutation):
    """Apply for an authority to take part in the Alliance. The application is stored for the
    Alliance's staff, who answer by e-mail."""

    class Arguments:
        input = MembershipApplicationInput(required=True)

    ok = graphene.Boolean(required=True, description="True when the application is stored.")
    reference = graphene.String(description="The application's reference, to quote in correspondence.")
    errors = graphene.List(graphene.NonNull(ErrorType), required=True, description="Field errors: nothing was stored.")

    @classmethod
    def mutate(cls, root, info, input):
        data = dict(input)
        idempotency_key = data.pop("idempotency_key")
        honeypot = data.pop("honeypot", None)
        language = data.get("language") if data.get("language") in dict(settings.LANGUAGES) else None
        with translation.override(language or translation.get_language()):
            form = MembershipApplicationForm(data=data)
            errors = [] if form.is_valid() else ErrorType.from_errors(form.errors)
            if not IDEMPOTENCY_KEY.match(idempotency_key):
                errors.append(
                    ErrorType(field="idempotencyKey", messages=[_("Send 16 to 100 letters, digits, - or _.")])
                )
        if errors:
            return cls(ok=False, errors=errors)
        if honeypot:
            # Looks like success, so that a robot learns nothing; nothing is stored or sent.
            logger.info("Application discarded: the honeypot field was filled in.")
            return cls(ok=True, reference=new_reference(), errors=[])
        digest = MembershipApplication.digest(form.cleaned_data)
        existing = MembershipApplication.objects.filter(idempotency_key=idempotency_key).first()
        if existing is None:
            check_rate_limit(info)
            try:
                with transaction.atomic():
                    application = form.save(commit=False)
                    application.idempotency_key = idempotency_key
                    application.submission_digest = digest
                    application.consent_given_at = timezone.now()
                    application.save()
                    announce(application)
                return cls(ok=True, reference=application.reference, errors=[])
            except IntegrityError:  # the same key stored meanwhile by a concurrent request
                existing = MembershipApplication.objects.get(idempotency_key=idempotency_key)
        if existing.submission_digest != digest:
            raise GraphQLError(
                "This idempotency key was already used for a different application: generate a new one.",
                extensions={"code": "IDEMPOTENCY_KEY_REUSED"},
            )
        return cls(ok=True, reference=existing.reference, errors=[])


class Mutation(graphene.ObjectType):
    apply_for_membership = ApplyForMembership.Field()
