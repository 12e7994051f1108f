"""What the client needs to know about one operation, as generated from the spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Operation", "Parameter", "SecurityType"]


class SecurityType(StrEnum):
    """Binance's security type of an operation: which credentials a request carries."""

    NONE = "NONE"
    TRADE = "TRADE"
    USER_DATA = "USER_DATA"
    USER_STREAM = "USER_STREAM"
    MARKET_DATA = "MARKET_DATA"

    @property
    def needs_api_key(self) -> bool:
        return self is not SecurityType.NONE

    @property
    def signed(self) -> bool:
        return self in (SecurityType.TRADE, SecurityType.USER_DATA)


@dataclass(frozen=True, slots=True)
class Parameter:
    """One query parameter: its wire and Python names, kind and the spec's constraints.

    `kind` is one of string, decimal, integer, boolean, enum, array.
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
    by_wire_name: dict[str, Parameter] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_wire_name", {p.wire_name: p for p in self.parameters})

    @property
    def safe_to_repeat(self) -> bool:
        """Reads can be retried; anything that places, amends or cancels orders cannot."""
        return self.method == "GET"
