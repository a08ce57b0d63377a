"""The query cost limit: an estimate of how many objects a query can return, checked before it
runs (like graphql-armor's cost limit or Contentful's query complexity).

Every object a field returns costs 1, multiplied by the sizes of the lists it sits in along its
path. A list's size is its ``limit`` argument (a literal or a variable), or the ``limit`` of the
collection it belongs to (``news(limit: 50) { items }``), or the argument's default; a list
without a limit (translations, body blocks) counts as ``API_COST_LIST_SIZE``. A limit given by a
variable counts as the variable's value, or its default in the operation, or else the largest
page size: a default is costed as what it is. Scalars are free, except those that stand for a
list of objects (``membersGeoJson``), which apps declare with ``declare_scalar_cost``. A query
over ``API_MAX_COST`` is refused with an error that states its cost and the limit.
"""

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
)

from api.conf import api_settings

# (type name, field name) -> objects the scalar field may stand for.
SCALAR_COSTS = {}


def declare_scalar_cost(type_name, field_name, cost):
    """Cost ``type_name.field_name``, a scalar that carries a list of objects (e.g. GeoJSON),
    as ``cost`` objects."""
    SCALAR_COSTS[(type_name, field_name)] = cost


def variable_defaults(operation):
    """{variable name: its default value in the operation, when that is an integer literal}."""
    return {
        definition.variable.name.value: int(definition.default_value.value)
        for definition in operation.variable_definitions or ()
        if isinstance(definition.default_value, IntValueNode)
    }


def query_cost(schema, document, operation_name=None, variables=None):
    """The estimated number of objects the operation can return."""
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if definition.kind == "fragment_definition"
    }
    operations = [definition for definition in document.definitions if isinstance(definition, OperationDefinitionNode)]
    operation = next(
        (item for item in operations if operation_name is None or (item.name and item.name.value == operation_name)),
        None,
    )
    if operation is None:
        return 0
    walker = CostWalker(schema, fragments, {**variable_defaults(operation), **(variables or {})})
    return walker.selection_cost(schema.query_type, operation.selection_set, 1, None)


class CostWalker:
    def __init__(self, schema, fragments, variables):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables

    def limit_of(self, field_definition, node):
        """The ``limit`` a field is called with (None if it takes none)."""
        if "limit" not in field_definition.args:
            return None
        for argument in node.arguments or ():
            if argument.name.value != "limit":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return int(value.value)
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                if isinstance(given, int):
                    return given
                if value.name.value not in self.variables:
                    break  # not given, no default: the argument's own default applies
                return api_settings.MAX_PAGE_SIZE
            break
        default = field_definition.args["limit"].default_value
        return default if isinstance(default, int) else api_settings.DEFAULT_PAGE_SIZE

    def selection_cost(self, parent_type, selection_set, multiplier, collection_limit):
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                name = selection.name.value
                if name.startswith("__") or not hasattr(parent_type, "fields") or name not in parent_type.fields:
                    continue
                field_definition = parent_type.fields[name]
                field_type = get_nullable_type(field_definition.type)
                limit = self.limit_of(field_definition, selection)
                named_type = get_named_type(field_type)
                if not is_composite_type(named_type):
                    total += multiplier * SCALAR_COSTS.get((parent_type.name, name), 0)
                    continue
                if isinstance(field_type, GraphQLList):
                    size = limit or collection_limit or api_settings.COST_LIST_SIZE
                    count, inner_limit = multiplier * size, None
                else:
                    count, inner_limit = multiplier, limit
                total += count
                if selection.selection_set:
                    total += self.selection_cost(named_type, selection.selection_set, count, inner_limit)
            elif isinstance(selection, InlineFragmentNode):
                fragment_type = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent_type
                )
                total += self.selection_cost(fragment_type, selection.selection_set, multiplier, collection_limit)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    fragment_type = self.schema.get_type(fragment.type_condition.name.value)
                    total += self.selection_cost(fragment_type, fragment.selection_set, multiplier, collection_limit)
        return total


def check_cost(schema, document, operation_name, variables):
    """A GraphQLError when the query is estimated to return more than API_MAX_COST objects."""
    cost = query_cost(schema, document, operation_name, variables)
    if cost > api_settings.MAX_COST:
        return GraphQLError(
            f"The query may return {cost} objects, more than the limit of {api_settings.MAX_COST}. "
            "Ask for fewer items (limit) or fewer nested lists.",
            extensions={"code": "QUERY_TOO_COSTLY", "cost": cost, "maxCost": api_settings.MAX_COST},
        )
    return None
