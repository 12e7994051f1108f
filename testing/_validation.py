"""Checking a JSON payload against the response schema the spec gives one operation.

`validate_response` lists every mismatch with its JSON path and, when there is
none, reads the payload into the generated model. Plain JSON Schema is not quite
what the spec means in two places, so three keywords are replaced:

* `oneOf`: variants are listed richest first and overlap (a FULL order answer also
  has every field of RESULT and ACK), so JSON Schema's "exactly one" would reject
  good payloads. The spec's rule is used instead: a `discriminator` names the
  variant outright, otherwise the payload is the first variant whose required
  fields it has; when none fits, the closest variant explains what is missing.
* `required`: each missing field is reported at its own path (`$.fills[0].tradeId`).
* In strict mode `type: object` and `prefixItems` also report fields and tuple
  positions the spec does not describe, the sign that Binance changed the API and
  the spec needs an update.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from binance_spot_client import OPERATIONS
from binance_spot_client.signing import ResponseValidationError

from ._spec import resolve, spec_document, spec_operations

__all__ = ["response_mismatches", "validate_response"]

_SPEC_URI = "urn:binance-spot-client:openapi"
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_INT_RANGES = {"int32": 2**31, "int64": 2**63}


def validate_response(operation_id: str, payload: object, *, strict: bool = False) -> Any:
    """Check `payload` (decoded JSON) against the spec and return it as the generated model.

    Raises ResponseValidationError whose `problems` list every mismatch as
    "<JSON path>: <what is wrong>". With `strict=True` fields the spec does not
    know are mismatches too.
    """
    problems = response_mismatches(operation_id, payload, strict=strict)
    if problems:
        raise ResponseValidationError(operation_id, problems, payload)
    module = importlib.import_module(OPERATIONS[operation_id].function)
    # The generated module's own parser, so the result is exactly what the REST client returns.
    return module.ENDPOINT.parse(payload)


def response_mismatches(operation_id: str, payload: object, *, strict: bool = False) -> list[str]:
    """Every way `payload` differs from the spec's 200 answer of `operation_id`, sorted by path."""
    errors = sorted(_validator(operation_id, strict).iter_errors(payload), key=lambda e: (_sort_key(e), e.message))
    return [_describe(error) for error in errors]


def _sort_key(error: Any) -> tuple[str, ...]:
    return tuple(f"{part:>12}" if isinstance(part, int) else str(part) for part in error.absolute_path)


@functools.cache
def _validator(operation_id: str, strict: bool) -> Any:
    try:
        operation = spec_operations()[operation_id]
    except KeyError:
        raise ValueError(f"the spec has no operation {operation_id!r}") from None
    keywords = {"oneOf": _one_of, "required": _required}
    if strict:
        keywords |= {"type": _type_strict, "prefixItems": _prefix_items_strict}
    checker = FormatChecker(formats=())
    checker.checks("decimal")(lambda value: not isinstance(value, str) or _DECIMAL.fullmatch(value) is not None)
    for name, bound in _INT_RANGES.items():
        checker.checks(name)(functools.partial(_in_range, bound=bound))
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(spec_document()))
    cls = validators.extend(Draft202012Validator, keywords)  # type: ignore[no-untyped-call]
    return cls({"$ref": _SPEC_URI + operation.response_pointer}, registry=registry, format_checker=checker)


def _in_range(value: object, bound: int) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or -bound <= value < bound


class _UnknownFieldError(ValidationError):
    """A field or tuple position the spec does not describe (strict mode only)."""


class _MissingFieldError(ValidationError):
    """A required field that is absent, reported at the field's own path."""


def _one_of(validator: Any, variants: list[Any], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    discriminator = schema.get("discriminator")
    if discriminator is not None and isinstance(instance, dict) and discriminator["propertyName"] in instance:
        name = discriminator["propertyName"]
        target = discriminator.get("mapping", {}).get(instance[name])
        if target is None:
            known = ", ".join(discriminator.get("mapping", {}))
            yield ValidationError(f"{instance[name]!r} is not one of {known}", path=[name])
            return
        yield from validator.descend(instance, {"$ref": target})
        return
    closest: tuple[int, int] | None = None
    for index, variant in enumerate(variants):
        missing = _misfit(validator, variant, instance)
        if missing == 0:
            yield from validator.descend(instance, variant, schema_path=index)
            return
        if missing is not None and (closest is None or missing < closest[0]):
            closest = (missing, index)
    if closest is not None:
        yield from validator.descend(instance, variants[closest[1]], schema_path=closest[1])
        return
    names = ", ".join(_variant_name(variant) for variant in variants)
    yield ValidationError(f"{_json_type(instance)} fits none of: {names}")


_WRONG_TYPE = 1000  # an element of the wrong type counts as badly as a thousand missing fields


def _misfit(validator: Any, schema: Mapping[str, Any], instance: Any) -> int | None:
    """How many required fields `instance` lacks for `schema` (lists: summed over items); None: wrong type."""
    target = resolve(dict(schema))
    if "type" not in target and "oneOf" in target:
        fits = [m for variant in target["oneOf"] if (m := _misfit(validator, variant, instance)) is not None]
        return min(fits, default=None)
    if "type" in target and not validator.is_type(instance, target["type"]):
        return None
    if isinstance(instance, dict):
        return sum(1 for name in target.get("required", []) if name not in instance)
    if isinstance(instance, list) and "items" in target:
        scores = (_misfit(validator, target["items"], item) for item in instance)
        return sum(_WRONG_TYPE if score is None else score for score in scores)
    return 0


def _variant_name(variant: Mapping[str, Any]) -> str:
    if "$ref" in variant:
        return str(variant["$ref"]).rsplit("/", 1)[1]
    if variant.get("type") == "array" and "items" in variant:
        return f"list of {_variant_name(variant['items'])}"
    return str(variant.get("type", "schema"))


def _required(validator: Any, required: list[str], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    if isinstance(instance, dict):
        for name in required:
            if name not in instance:
                yield _MissingFieldError("missing (required by the spec)", path=[name])


def _type_strict(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    yield from Draft202012Validator.VALIDATORS["type"](validator, types, instance, schema)
    if types == "object" and isinstance(instance, dict) and "additionalProperties" not in schema:
        known = schema.get("properties", {})
        for name in instance:
            if name not in known:
                yield _UnknownFieldError("not in the spec", path=[name])


def _prefix_items_strict(validator: Any, prefix: list[Any], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    yield from Draft202012Validator.VALIDATORS["prefixItems"](validator, prefix, instance, schema)
    if isinstance(instance, list) and "items" not in schema:
        for index in range(len(prefix), len(instance)):
            yield _UnknownFieldError("position not in the spec", path=[index])


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _describe(error: Any) -> str:
    path = error.json_path
    if isinstance(error, (_UnknownFieldError, _MissingFieldError)):
        return f"{path}: {error.message}"
    if error.validator == "type":
        types = error.validator_value
        expected = types if isinstance(types, str) else " or ".join(types)
        return f"{path}: expected {expected}, got {_json_type(error.instance)} {_excerpt(error.instance)}"
    if error.validator == "format":
        what = "decimal string" if error.validator_value == "decimal" else f"{error.validator_value} integer"
        return f"{path}: {_excerpt(error.instance)} is not a valid {what}"
    return f"{path}: {error.message}"


def _excerpt(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
