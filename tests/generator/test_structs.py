"""Which schemas the generator renders as msgspec structs, and what it refuses to."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from openapi_python_client.strings import pascal_case

import binance_spot_client.models as models
from generator.index import STRUCT_ANSWERS, SpecIndex, StructTag
from tests.conftest import bundled_spec

INDEX = SpecIndex(bundled_spec())


def test_every_object_schema_a_struct_answer_reaches_is_a_struct_and_nothing_else() -> None:
    structs = INDEX.structs
    assert structs["ExchangeInfo"] is None and structs["SymbolInfo"] is None and structs["Ticker24hrMini"] is None
    assert structs["PriceFilter"] == StructTag("filterType", "filter_type", "PRICE_FILTER")
    assert structs["ExchangeMaxNumOrdersFilter"] == StructTag("filterType", "filter_type", "EXCHANGE_MAX_NUM_ORDERS")
    assert "MyFilters" not in structs and "Account" not in structs and "MaxAssetFilter" not in structs
    assert "Ticker24HrFull" in INDEX.struct_classes  # the class name openapi-python-client gives Ticker24hrFull
    assert set(STRUCT_ANSWERS) <= set(INDEX.operations)


def refusal(schema: dict[str, Any], **schemas: dict[str, Any]) -> str:
    index = SpecIndex.__new__(SpecIndex)
    index.schemas, index.structs = schemas, {}
    with pytest.raises(ValueError) as caught:
        index._add_structs(schema, None, answer=True)
    return str(caught.value)


def test_shapes_msgspec_cannot_decode_stop_the_generator() -> None:
    untagged = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    a = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A"]}}}
    b = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["B", "C"]}}}
    holder = {"type": "object", "properties": {"items": {"type": "array", "items": untagged}}}
    assert refusal({"$ref": "#/components/schemas/H"}, H=holder, A=a, B=b).startswith(
        "a struct answer reaches a oneOf without a discriminator"
    )
    tagged = {**untagged, "discriminator": {"propertyName": "kind"}}
    assert "must fix kind to one value" in refusal(tagged, A=a, B=b)
    assert refusal({"type": "object", "properties": {"x": {"type": "string"}}}).startswith(
        "a struct answer reaches an object that is not a named schema"
    )


def test_struct_fields_go_by_their_wire_names() -> None:
    for schema_name, tag in INDEX.structs.items():
        model = getattr(models, pascal_case(schema_name))
        wire = set(INDEX.schemas[schema_name]["properties"]) - ({tag.wire_name} if tag else set())
        assert {field.encode_name for field in msgspec.structs.fields(model)} == wire, schema_name
        if tag is not None:
            assert (model.__struct_config__.tag_field, model.__struct_config__.tag) == (tag.wire_name, tag.value)
