"""Argument helpers."""

import enum


def plain(value):
    """GraphQL enum arguments arrive as Python enum members: their values, lists included."""
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value
