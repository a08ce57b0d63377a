"""Validation rules that protect the public API from abusive queries.

The view runs graphql-core's standard ``specified_rules`` first and these only on documents
that pass them (the depth rule assumes known fragments without cycles)."""

from graphene.validation import depth_limit_validator
from graphql import GraphQLError, NoSchemaIntrospectionCustomRule, ValidationRule

from api.conf import api_settings


def max_aliases_rule(limit):
    """A rule refusing documents with more than ``limit`` aliased fields."""

    class MaxAliasesRule(ValidationRule):
        def __init__(self, context):
            super().__init__(context)
            self.aliases = 0

        def enter_field(self, node, *args):
            if node.alias:
                self.aliases += 1
                if self.aliases == limit + 1:
                    self.report_error(GraphQLError(f"The query uses more than {limit} aliases.", node))

    return MaxAliasesRule


def api_validation_rules():
    """The standard rules plus the API's limits, as configured in settings."""
    rules = [
        depth_limit_validator(max_depth=api_settings.MAX_DEPTH),
        max_aliases_rule(api_settings.MAX_ALIASES),
    ]
    if not api_settings.INTROSPECTION:
        rules.append(NoSchemaIntrospectionCustomRule)
    return rules
