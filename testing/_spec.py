"""The OpenAPI document shipped in the package, read once, and where each operation sits in it.

Everything in the testing kit is driven by this one document: response validation
reads its schemas, the fake exchange its parameters, enums and examples.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["SpecOperation", "resolve", "spec_document", "spec_operations"]

_METHODS = ("get", "post", "put", "delete")


@functools.cache
def spec_document() -> dict[str, Any]:
    """The bundled spec (binance_spot_client/openapi.json), parsed."""
    text = resources.files("binance_spot_client").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@dataclass(frozen=True, slots=True)
class SpecOperation:
    """One operation as the spec describes it."""

    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def response_pointer(self) -> str:
        """JSON pointer to the schema of the 200 answer, for `$ref`."""
        path = self.path.replace("~", "~0").replace("/", "~1")
        return f"#/paths/{path}/{self.method.lower()}/responses/200/content/application~1json/schema"

    @property
    def response_examples(self) -> dict[str, Any]:
        """The documented answers by example name, in the spec's order."""
        media = self.definition["responses"]["200"]["content"]["application/json"]
        return {name: example["value"] for name, example in media.get("examples", {}).items()}

    @property
    def parameter_examples(self) -> dict[str, Any]:
        """Each parameter's documented example by wire name, request body fields included."""
        found = {
            p["name"]: p.get("example", p.get("schema", {}).get("example"))
            for p in self.definition.get("parameters", [])
        }
        for media in self.definition.get("requestBody", {}).get("content", {}).values():
            found |= {name: field.get("example") for name, field in media["schema"].get("properties", {}).items()}
        return found

    @property
    def enum_names(self) -> dict[str, str]:
        """For each parameter whose schema is a named enum, that enum's name (`side` -> `OrderSide`)."""
        names = {}
        for parameter in self.definition.get("parameters", []):
            ref = parameter.get("schema", {}).get("$ref", "")
            if ref:
                names[parameter["name"]] = ref.rsplit("/", 1)[1]
        return names

    @property
    def weight_uid(self) -> int:
        """`x-binance-weight-uid`: what a /sapi call costs against the account's own limit (0 if nothing)."""
        return int(self.definition.get("x-binance-weight-uid", 0))

    @property
    def weight_steps(self) -> tuple[str, list[dict[str, int]]] | None:
        """`x-binance-weight-by`: the parameter the weight grows with, and its steps."""
        rule = self.definition.get("x-binance-weight-by")
        return (rule["parameter"], rule["steps"]) if rule else None


@functools.cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation of the spec by operationId."""
    found = {}
    for path, item in spec_document()["paths"].items():
        for method in _METHODS:
            if method in item:
                definition = item[method]
                found[definition["operationId"]] = SpecOperation(
                    definition["operationId"], method.upper(), path, definition
                )
    return found


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s (all local to the document) to the schema they name."""
    while "$ref" in schema:
        node: Any = spec_document()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema
