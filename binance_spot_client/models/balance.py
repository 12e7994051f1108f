"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance(AdditionalProperties[Any]):
    """How much of one asset the account holds.

    Attributes:
        asset (str): Asset name, e.g. `BTC`.
        free (str): Amount available for trading or withdrawal.
        locked (str): Amount reserved by open orders.
    """

    asset: str
    free: str
    locked: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_decimal(self) -> Decimal:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free)

    @property
    def locked_decimal(self) -> Decimal:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.locked)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        free = self.free

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "free": free,
                "locked": locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["free"],
            d["locked"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "free", "locked"})
