"""What the client needs to know about one operation, as generated from the spec."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["Operation", "OperationIndex", "Parameter", "SecurityType"]


class SecurityType(StrEnum):
    """Binance's security type of an operation: which credentials a request carries."""

    NONE = "NONE"
    TRADE = "TRADE"
    USER_DATA = "USER_DATA"
    USER_STREAM = "USER_STREAM"
    MARKET_DATA = "MARKET_DATA"
    OAUTH = "OAUTH"
    """Binance Login: the user's access token as a Bearer header; no API key, no signature."""

    @property
    def needs_api_key(self) -> bool:
        return self not in (SecurityType.NONE, SecurityType.OAUTH)

    @property
    def needs_access_token(self) -> bool:
        return self is SecurityType.OAUTH

    @property
    def signed(self) -> bool:
        return self in (SecurityType.TRADE, SecurityType.USER_DATA)


@dataclass(frozen=True, slots=True)
class Parameter:
    """One query parameter: its wire and Python names, kind and the spec's constraints.

    `kind` is one of string, decimal, integer, time (epoch integer; `_times.py` reads datetimes and
    ISO-8601 text), boolean, enum, array (sent as JSON text),
    indexed (a list of objects sent as numbered fields) or any (unchecked).
    """

    wire_name: str
    python_name: str
    kind: str
    required: bool = False
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    description: str = ""
    duration: str = ""
    """A duration's unit ("ms", "s", "d") or "window" (Binance's `"4h"` text); "" for every other parameter."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One spec operation: where it lives, how it is secured, what it costs and takes."""

    operation_id: str
    method: str
    path: str
    security: SecurityType
    weight: int
    function: str
    """Dotted path of the generated module holding sync/sync_detailed/asyncio/asyncio_detailed."""
    tag: str = ""
    parameters: tuple[Parameter, ...] = ()
    mutually_exclusive: tuple[tuple[str, ...], ...] = ()
    one_of_required: tuple[tuple[str, ...], ...] = ()
    deprecated: bool = False
    host: str = ""
    """The host the operation lives on when it is not the client's base URL (Binance Login's)."""
    body: str = ""
    """How `body_fields` travel: "json" or "form" in the request body; "" when all go in the query."""
    body_fields: tuple[str, ...] = ()
    optional_signature: bool = False
    """An unsigned operation Binance also accepts signed: signed when the call passes `recv_window`."""
    client_order_id: str = ""
    """The parameter naming the caller's id of the order an order-changing call makes ("" when none)."""
    by_wire_name: dict[str, Parameter] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_wire_name", {p.wire_name: p for p in self.parameters})

    @property
    def safe_to_repeat(self) -> bool:
        """Reads can be retried; anything that places, amends or cancels orders cannot."""
        return self.method == "GET"


class OperationIndex(Mapping[str, Operation]):
    """Operations by operationId, built from constant rows on first access.

    The generated index names each operation's family; `family_rows` (a function of the
    generated package) imports that family's rows on first use, so a process holds the rows
    of the families it calls: all of them as one module cost 0.4 MB of code at import. Each
    row is a tuple of constants, which Python loads at no cost; building ~450 dataclasses
    eagerly took ~60 ms of import time.
    Rows: (method, path, security, weight, function, tag, parameters,
    mutually_exclusive, one_of_required, deprecated, host, body, body_fields,
    optional_signature, client_order_id), each
    parameter a tuple of Parameter's fields in order.
    """

    __slots__ = ("_built", "_families", "_family_rows")

    def __init__(
        self, families: Mapping[str, str], family_rows: Callable[[str], Mapping[str, tuple[Any, ...]]]
    ) -> None:
        self._families = families
        self._family_rows = family_rows
        self._built: dict[str, Operation] = {}

    def __getitem__(self, operation_id: str) -> Operation:
        built = self._built.get(operation_id)
        if built is None:
            row = self._family_rows(self._families[operation_id])[operation_id]
            (method, path, security, weight, function, tag, parameters, exclusive, one_of, deprecated, host, body,
             body_fields, optional_signature, client_order_id) = row  # fmt: skip
            built = Operation(
                operation_id=operation_id,
                method=method,
                path=path,
                security=SecurityType(security),
                weight=weight,
                function=function,
                tag=tag,
                parameters=tuple(Parameter(*row) for row in parameters),
                mutually_exclusive=exclusive,
                one_of_required=one_of,
                deprecated=deprecated,
                host=host,
                body=body,
                body_fields=body_fields,
                optional_signature=optional_signature,
                client_order_id=client_order_id,
            )
            self._built[operation_id] = built
        return built

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._families  # without importing the family's rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._families)

    def __len__(self) -> int:
        return len(self._families)
