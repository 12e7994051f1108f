"""`x-binance-added` marks the required scalar fields Binance added lately; the generator refuses it elsewhere."""

from __future__ import annotations

from typing import Any

import pytest

from generator.index import _check_added_fields

ADDED = {"x-binance-added": "2025-12"}


@pytest.mark.parametrize(
    "field",
    [{"type": "boolean", **ADDED}, {"type": "string", **ADDED}, {"type": "integer", **ADDED}],
)
def test_a_required_scalar_may_be_marked(field: dict[str, Any]) -> None:
    _check_added_fields("S", {"type": "object", "required": ["f"], "properties": {"f": field}})


@pytest.mark.parametrize(
    ("required", "field"),
    [
        ([], {"type": "boolean", **ADDED}),  # optional already: nothing to tolerate
        (["f"], {"$ref": "#/components/schemas/Other", **ADDED}),
        (["f"], {"type": "array", "items": {"type": "string"}, **ADDED}),
        (["f"], {"type": "string", "enum": ["A"], **ADDED}),
    ],
)
def test_the_mark_elsewhere_stops_the_generator(required: list[str], field: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"S\.f: x-binance-added belongs on a required field of a scalar type"):
        _check_added_fields("S", {"type": "object", "required": required, "properties": {"f": field}})
