"""What the command line knows about the operations, read at run time from the installed package.

Commands come from `OPERATIONS` (names, parameters, security) and their help from the bundled spec
(`openapi.json`), read only when help is shown: a call that needs no help never parses the 2 MB file.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..operations import OPERATIONS
from ..signing import Operation, SecurityType

__all__ = ["Command", "commands", "group_help", "operation_help", "parameter_help"]

# Tags whose operations sit at the top level (the /api/v3 ones, `client.<method>()`); every other tag
# is a group, as on the facade (`client.wallet.system_status()`).
_FLAT_PREFIX = "/api/"


@dataclass(frozen=True)
class Command:
    """One operation as a command: its group ("" at the top level), name and facade method."""

    group: str
    name: str
    method: str
    operation: Operation

    @property
    def moves_money(self) -> bool:
        """Orders, withdrawals, transfers: a signed call that changes something (anything but a GET)."""
        return self.operation.method != "GET" and self.operation.security in (
            SecurityType.TRADE,
            SecurityType.USER_DATA,
        )


@functools.cache
def commands() -> dict[str, dict[str, Command]]:
    """Commands by group ("" for the top level) and name; deprecated operations are left out."""
    found: dict[str, dict[str, Command]] = {}
    for operation_id in OPERATIONS:
        operation = OPERATIONS[operation_id]
        if operation.deprecated:
            continue
        method = operation.function.rpartition(".")[2]
        group = "" if operation.path.startswith(_FLAT_PREFIX) else operation.tag
        command = Command(group, method.replace("_", "-"), method, operation)
        found.setdefault(group, {})[command.name] = command
    return found


@functools.cache
def _document() -> dict[str, Any]:
    with resources.files("binance_spot_client").joinpath("openapi.json").open("rb") as file:
        document: dict[str, Any] = json.load(file)
    return document


def _operation_spec(operation: Operation) -> dict[str, Any]:
    found: dict[str, Any] = _document()["paths"][operation.path][operation.method.lower()]
    return found


def operation_help(operation: Operation) -> tuple[str, str]:
    """The spec's summary and description of an operation."""
    spec = _operation_spec(operation)
    return spec.get("summary", ""), spec.get("description", "")


def parameter_help(operation: Operation) -> dict[str, str]:
    """The spec's description of each parameter, by wire name (request body fields included)."""
    spec = _operation_spec(operation)
    shared = _document().get("components", {}).get("parameters", {})
    listed = [shared[p["$ref"].rpartition("/")[2]] if "$ref" in p else p for p in spec.get("parameters", ())]
    found = {p["name"]: p.get("description", "") for p in listed}
    for media in spec.get("requestBody", {}).get("content", {}).values():
        for name, field in media.get("schema", {}).get("properties", {}).items():
            found.setdefault(name, field.get("description", ""))
    return found


def group_help(tag: str) -> str:
    """The spec's description of a tag."""
    return next((t.get("description", "") for t in _document().get("tags", ()) if t.get("name") == tag), "")
