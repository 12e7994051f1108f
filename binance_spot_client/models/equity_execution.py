"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="EquityExecution")


@_attrs_define
class EquityExecution(AdditionalProperties[Any]):
    """One fill of an order.

    Attributes:
        execution_id (str):
        execution_at (int): UTC milliseconds.
        price (str):
        qty (str):
    """

    execution_id: str
    execution_at: int
    price: str
    qty: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        execution_at = self.execution_at

        price = self.price

        qty = self.qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
                "executionAt": execution_at,
                "price": price,
                "qty": qty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["executionId"],
            d["executionAt"],
            d["price"],
            d["qty"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"executionId", "executionAt", "price", "qty"})
