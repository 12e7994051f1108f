"""The generated parsers build exactly the models the spec describes, read the straightforward way.

`from_dict` is generated for speed (positional construction, enum tables, rows of positional
arrays built inline, discriminated unions dispatched on their tag). Here a plain reading of the
spec, written without any of that, builds the expected model of every documented response
example and of edge cases, and the generated parse must give the same classes and values.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from dateutil.parser import isoparse
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import pascal_case

import binance_spot_client.models as models
from binance_spot_client import OPERATIONS, ResponseValidationError
from binance_spot_client.signing import UNSET, AnswerPlan, Row, StructModel
from generator.__main__ import CONFIG, natural_field_names, tuples_as_objects
from generator.index import SpecIndex, natural_name
from tests.api.test_operations import response_examples, spec_operation
from tests.conftest import bundled_spec

SPEC = bundled_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
BAD_INPUT = (KeyError, TypeError, ValueError, IndexError, AttributeError)


def innermost(prop: Any) -> Any:
    return innermost(prop.inner_property) if hasattr(prop, "inner_property") else prop


def attribute_names() -> dict[str, dict[str, tuple[str, str | None]]]:
    """Model -> wire name -> (attribute name, class of its enum or object), as the generator names them."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, CONFIG, "utf-8", overwrite=True, output_path=None
    )
    data = GeneratorData.from_dict(tuples_as_objects(SPEC), config=config)
    assert not isinstance(data, GeneratorError)
    natural_field_names(data, SpecIndex(SPEC))  # the names the generator gives on top (`type`, not `type_`)
    return {
        str(model.class_info.name): {
            p.name.get_untrusted_value(): (
                p.python_name,
                str(innermost(p).class_info.name) if hasattr(innermost(p), "class_info") else None,
            )
            for p in model_properties(model)
        }
        for model in data.models
    }


def model_properties(model: ModelProperty) -> list[Property]:
    """Required, then optional: both lists are set once the whole spec is parsed."""
    assert model.required_properties is not None and model.optional_properties is not None
    return model.required_properties + model.optional_properties


NAMES = attribute_names()


def python_name(model: str, wire: str) -> str:
    return NAMES[pascal_case(model)][wire][0]


def named(schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    name = None
    while "$ref" in schema or len(schema.get("allOf", [])) == 1:  # allOf: [one $ref] only adds a description
        if "allOf" in schema:
            schema = schema["allOf"][0]
            continue
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = SCHEMAS[name]
    return name, schema


def expected(schema: dict[str, Any], value: Any, inline: str | None = None) -> Any:
    """The model `value` stands for under `schema`, built field by field with keyword arguments.

    `inline` names the class openapi-python-client made of an enum or object declared in place.
    """
    name, schema = named(schema)
    if "oneOf" in schema:
        if value is None and any(named(member)[1].get("type") == "null" for member in schema["oneOf"]):
            return None
        tag = schema.get("discriminator", {}).get("propertyName")
        members = schema["oneOf"]
        if tag and isinstance(value, dict) and value.get(tag) in schema["discriminator"]["mapping"]:
            members = [{"$ref": schema["discriminator"]["mapping"][value[tag]]}]
        for number, member in enumerate(members):
            try:
                return expected(member, value)
            except BAD_INPUT:
                if number == len(members) - 1:
                    raise
        raise TypeError(value)
    if "enum" in schema:
        return getattr(models, pascal_case(name) if name else inline or "")(value)
    if "prefixItems" in schema:
        if not isinstance(value, list):
            raise TypeError(value)
        items = enumerate(schema["prefixItems"])
        # Positional fields are named as parameters are: a builtin's name unsuffixed (`Kline.open`).
        fields = {natural_name(item["title"]): expected(item, value[i]) for i, item in items}
        return getattr(models, pascal_case(name or ""))(**fields)
    if schema.get("type") == "array":
        if not isinstance(value, list):
            raise TypeError(value)
        return [expected(schema["items"], item, inline) for item in value]
    if schema.get("type") == "object" and (name or inline):
        if not isinstance(value, dict):
            raise TypeError(value)
        name = pascal_case(name) if name else inline
        assert name is not None
        properties = schema.get("properties", {})
        names = NAMES[name]
        fields = {names[w][0]: expected(sub, value[w], names[w][1]) for w, sub in properties.items() if w in value}
        missing = [wire for wire in schema.get("required", []) if wire not in value]
        if missing:
            raise KeyError(missing[0])
        model_class = getattr(models, name)
        tag = getattr(getattr(model_class, "__struct_config__", None), "tag_field", None)
        if tag is not None:  # a tagged struct: the tag is the class itself, not a field to pass
            assert value[tag] == model_class.__struct_config__.tag
            fields.pop(names[tag][0])
        model = model_class(**fields)
        extra = schema.get("additionalProperties", True)
        if extra is not False:  # a map's values have a schema of their own
            read: Callable[[Any], Any] = (lambda v: v) if extra is True else (lambda v: expected(extra, v))
            model.additional_properties = {k: read(v) for k, v in value.items() if k not in properties}
        return model
    if schema.get("format") == "date" and isinstance(value, str):
        return isoparse(value).date()
    if schema.get("format") == "date-time" and isinstance(value, str):
        return isoparse(value)
    return value  # str, int, float, bool: as JSON gives them, like the generated code


def assert_same(got: Any, want: Any, path: str = "$") -> None:
    """Equal values of the very same types, all the way down (an enum member is not its str)."""
    assert type(got) is type(want), f"{path}: {type(got).__name__} is not {type(want).__name__}"
    if attrs.has(type(want)):
        for field in attrs.fields(type(want)):
            assert_same(getattr(got, field.name), getattr(want, field.name), f"{path}.{field.name}")
    elif isinstance(want, Row | StructModel):
        for name in want.__struct_fields__:
            assert_same(getattr(got, name), getattr(want, name), f"{path}.{name}")
        if isinstance(want, StructModel):
            assert_same(got.additional_properties, want.additional_properties, f"{path}.additional_properties")
    elif isinstance(want, list):
        assert len(got) == len(want), path
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert_same(g, w, f"{path}[{i}]")
    elif isinstance(want, dict):
        assert got.keys() == want.keys(), path
        for key in want:
            assert_same(got[key], want[key], f"{path}.{key}")
    else:
        assert got == want, path


def response_schema(operation_id: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec_operation(operation_id)["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def answer_plan(operation_id: str) -> AnswerPlan:
    """The answer plan the generator emitted beside the operation."""
    plan: AnswerPlan = importlib.import_module(OPERATIONS[operation_id].function).ANSWER
    return plan


def parse(operation_id: str, payload: Any) -> Any:
    """What the client returns for `payload` as an HTTP answer's body."""
    module = importlib.import_module(OPERATIONS[operation_id].function)
    return module.ENDPOINT.read(httpx.Response(200, content=json.dumps(payload).encode()))


@pytest.mark.parametrize(("operation_id", "example_name", "payload"), response_examples())
def test_generated_parse_gives_the_models_the_spec_describes(
    operation_id: str, example_name: str, payload: Any
) -> None:
    assert_same(parse(operation_id, payload), expected(response_schema(operation_id), payload))


def example(operation_id: str, name: str | None = None) -> Any:
    examples = spec_operation(operation_id)["responses"]["200"]["content"]["application/json"]["examples"]
    return json.loads(json.dumps(examples[name or next(iter(examples))]["value"]))


def exchange_info_with_filters(*filters: dict[str, Any]) -> Any:
    body = example("exchangeInfo")
    body["symbols"][0]["filters"] = list(filters)
    return body


EDGE_CASES = {
    "unknown fields are kept": ("time", {"serverTime": 1, "newField": [1, {"a": None}]}),
    "unknown enum value is kept": ("exchangeInfo", {**example("exchangeInfo"), "rateLimits": [
        {"rateLimitType": "NEW_LIMIT", "interval": "WEEK", "intervalNum": 1, "limit": 5}]}),
    "filter found by its filterType": ("exchangeInfo", exchange_info_with_filters(
        {"filterType": "MARKET_LOT_SIZE", "minQty": "0", "maxQty": "76", "stepSize": "0"},
        {"filterType": "LOT_SIZE", "minQty": "0.1", "maxQty": "9", "stepSize": "0.1"},
        {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200})),
    "unknown filter type": ("exchangeInfo", exchange_info_with_filters(
        {"filterType": "NEW_FILTER", "minPrice": "1", "maxPrice": "2", "tickSize": "1"})),
    "kline with a column more than documented": ("klines", [[*example("klines")[0], "new column"]]),
    "optional fields absent and present": ("newOrder", {**example("newOrder", "full"), "stopPrice": "1.5"}),
    "list of one mini ticker": ("ticker24hr", example("ticker24hr", "miniList")),
}  # fmt: skip


@pytest.mark.parametrize(("operation_id", "payload"), list(EDGE_CASES.values()), ids=list(EDGE_CASES))
def test_generated_parse_matches_the_spec_on_edge_cases(operation_id: str, payload: Any) -> None:
    try:
        want = expected(response_schema(operation_id), payload)
    except BAD_INPUT:  # the spec's reading refuses it: so must the generated parse
        with pytest.raises(ResponseValidationError):
            parse(operation_id, payload)
        return
    assert_same(parse(operation_id, payload), want)


def test_a_filter_is_the_class_its_filter_type_names() -> None:
    info = parse("exchangeInfo", exchange_info_with_filters(
        {"filterType": "MARKET_LOT_SIZE", "minQty": "0", "maxQty": "76", "stepSize": "0"}))  # fmt: skip
    assert type(info.symbols[0].filters[0]) is models.MarketLotSizeFilter


def test_decimal_fields_are_also_readable_as_decimals() -> None:
    order = parse("newOrder", example("newOrder", "full"))
    assert order.executed_qty == "10.00000000"
    assert order.executed_qty_decimal == Decimal("10.00000000")
    assert order.stop_price_decimal is UNSET
    (level,) = parse("depth", {"lastUpdateId": 1, "bids": [["4.00000000", "431.00000000"]], "asks": []}).bids
    assert (level.price_decimal, level.quantity_decimal) == (Decimal("4"), Decimal("431"))


def test_only_decimal_fields_get_a_decimal_reading() -> None:
    assert hasattr(models.Kline, "close_decimal")
    assert not hasattr(models.Kline, "open_time_decimal") and not hasattr(models.Kline, "number_of_trades_decimal")
