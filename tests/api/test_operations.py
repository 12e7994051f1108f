"""Every operation of the spec, driven by the spec's own examples, through both facades.

For each operation: the exact request (method, path, query, credentials) built from
the parameters' examples, and the parse of each documented response example into
its typed model with every field read (nothing left in `additional_properties`,
and `to_dict()` gives the example back).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import quote

import attrs
import pytest

from binance_spot_client import OPERATIONS, AsyncSpot, Spot
from binance_spot_client.signing import HmacSigner, Operation
from binance_spot_client.testing._spec import spec_operations
from tests.conftest import TEST_ACCESS_TOKEN, TEST_KEY, TEST_ORDER_ID, TEST_SECRET, Recorder, bundled_spec

SPEC = bundled_spec()
METHODS = ("get", "post", "put", "delete")


SPEC_OPERATIONS: dict[str, dict[str, Any]] = {
    item[method]["operationId"]: item[method] for item in SPEC["paths"].values() for method in METHODS if method in item
}


def spec_operation(operation_id: str) -> dict[str, Any]:
    return SPEC_OPERATIONS[operation_id]


def example_arguments(operation: Operation) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """Python keyword arguments from the required parameters' examples (plus one of each required group),
    and the wire pairs expected, including the client order id generated for order-changing calls."""
    wanted = {p.wire_name for p in operation.parameters if p.required}
    wanted |= {group[0] for group in operation.one_of_required}
    examples = spec_operations()[operation.operation_id].parameter_examples
    kwargs: dict[str, Any] = {}
    wire: list[tuple[str, Any]] = []
    for parameter in operation.parameters:
        if parameter.wire_name in wanted:
            value = examples[parameter.wire_name]
            assert value is not None, f"{operation.operation_id}.{parameter.wire_name} has no example"
            kwargs[parameter.python_name] = value
            if parameter.kind == "indexed":  # [{"a": 1}] goes out as name[0].a=1
                wire += [
                    (f"{parameter.wire_name}[{i}].{k}", v) for i, item in enumerate(value) for k, v in item.items()
                ]
            else:
                wire.append((parameter.wire_name, value))
        elif parameter.wire_name == operation.client_order_id and operation.method != "GET":
            wire.append((parameter.wire_name, TEST_ORDER_ID))
    return kwargs, wire


def expected_query(pairs: list[tuple[str, Any]]) -> str:
    def text(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, list):
            return json.dumps(value, separators=(",", ":"))
        return str(value)

    return "&".join(f"{quote(name, safe='-_.~[]')}={quote(text(value), safe='-_.~')}" for name, value in pairs)


def expected_body(encoding: str, pairs: list[tuple[str, Any]]) -> bytes:
    """The body Binance expects: compact JSON or a form of the body fields; nothing without them."""
    if not encoding:
        return b""
    if encoding == "json":
        return json.dumps(dict(pairs), separators=(",", ":")).encode()
    return expected_query(pairs).encode()


def response_examples() -> list[tuple[str, str, Any]]:
    cases = []
    for operation_id in sorted(OPERATIONS):
        media = spec_operation(operation_id)["responses"]["200"]["content"]["application/json"]
        for name, example in sorted(media["examples"].items()):
            cases.append((operation_id, name, example["value"]))
    return cases


def call(client: Spot | AsyncSpot, operation: Operation, kwargs: dict[str, Any]) -> Any:
    # Non-/api operations sit in a group named after their tag: client.wallet.system_status(), client.oauth.user_info().
    owner = client if operation.path.startswith("/api/") else getattr(client, operation.tag)
    method = getattr(owner, operation.function.rsplit(".", 1)[1])
    result = method(**kwargs)
    return asyncio.run(result) if isinstance(client, AsyncSpot) else result


def unread_fields(value: Any, path: str = "$") -> list[str]:
    """Paths of fields that landed in additional_properties instead of a typed attribute."""
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in unread_fields(item, f"{path}[{i}]")]
    if attrs.has(type(value)):
        extra = getattr(value, "additional_properties", {})
        extra_field = attrs.fields_dict(type(value)).get("additional_properties")
        # A typed map (additionalProperties with a schema, e.g. assets keyed by name) is read, not left over.
        typed_map = extra_field is not None and "Any" not in str(extra_field.type)
        found = [] if typed_map else [f"{path}.{key}" for key in extra]
        found += [
            p for key, item in extra.items() if attrs.has(type(item)) for p in unread_fields(item, f"{path}.{key}")
        ]
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found += unread_fields(getattr(value, field.name), f"{path}.{field.name}")
        return found
    return []


def as_json(value: Any) -> Any:
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


@pytest.fixture(params=["sync", "async"])
def any_client(request: pytest.FixtureRequest, client: Spot, aclient: AsyncSpot) -> Spot | AsyncSpot:
    return client if request.param == "sync" else aclient


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_request_is_exactly_what_binance_expects(
    operation_id: str, any_client: Spot | AsyncSpot, recorder: Recorder
) -> None:
    operation = OPERATIONS[operation_id]
    kwargs, wire = example_arguments(operation)
    first_example = next(
        iter(spec_operation(operation_id)["responses"]["200"]["content"]["application/json"]["examples"].values())
    )
    recorder.body = first_example["value"]
    call(any_client, operation, kwargs)

    (request,) = recorder.requests
    assert request.method == operation.method
    assert request.url.host == ("www.binanceapis.com" if operation.security.needs_access_token else "api.binance.com")
    assert request.url.path == operation.path
    query = request.url.query.decode()
    in_query = [(name, value) for name, value in wire if name not in operation.body_fields]
    in_body = [(name, value) for name, value in wire if name in operation.body_fields]
    body = expected_body(operation.body, in_body)
    assert request.content == body
    unsigned = expected_query(in_query)
    if operation.security.signed:
        prefix = f"{unsigned}&" if unsigned else ""
        signed_part = f"{prefix}recvWindow=5000&timestamp=1700000000123"
        signature = HmacSigner(TEST_SECRET).sign(signed_part.encode() + body)
        assert query == f"{signed_part}&signature={quote(signature, safe='')}"
    else:
        assert query == unsigned
    assert request.headers.get("X-MBX-APIKEY") == (TEST_KEY if operation.security.needs_api_key else None)
    bearer = f"Bearer {TEST_ACCESS_TOKEN}" if operation.security.needs_access_token else None
    assert request.headers.get("Authorization") == bearer


@pytest.mark.parametrize(("operation_id", "example_name", "payload"), response_examples())
def test_documented_response_parses_into_typed_model(
    operation_id: str, example_name: str, payload: Any, any_client: Spot | AsyncSpot, recorder: Recorder
) -> None:
    operation = OPERATIONS[operation_id]
    kwargs, _ = example_arguments(operation)
    recorder.body = payload
    result = call(any_client, operation, kwargs)
    assert unread_fields(result) == []
    assert as_json(result) == payload


def test_spec_and_index_describe_the_same_operations() -> None:
    in_spec = {op["operationId"] for item in SPEC["paths"].values() for m, op in item.items() if m in METHODS}
    assert in_spec == set(OPERATIONS)
