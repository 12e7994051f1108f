"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginOrderFill")


@_attrs_define
class MarginOrderFill(AdditionalProperties[Any]):
    """One fill of a new order.

    Attributes:
        price (str): Price of the fill.
        qty (str): Quantity of the fill.
        commission (str): Commission charged.
        commission_asset (str): Asset of the commission.
        trade_id (int | Unset): Id of the trade; not in every answer.
    """

    price: str
    qty: str
    commission: str
    commission_asset: str
    trade_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    @property
    def commission_decimal(self) -> Decimal:
        """`commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.commission)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        qty = self.qty

        commission = self.commission

        commission_asset = self.commission_asset

        trade_id = self.trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "qty": qty,
                "commission": commission,
                "commissionAsset": commission_asset,
            }
        )
        if trade_id is not UNSET:
            field_dict["tradeId"] = trade_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["price"],
            d["qty"],
            d["commission"],
            d["commissionAsset"],
            d.get("tradeId", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"price", "qty", "commission", "commissionAsset", "tradeId"})
