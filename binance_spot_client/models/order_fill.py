"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OrderFill")


@_attrs_define
class OrderFill(AdditionalProperties[Any]):
    """One fill (trade or SOR allocation) received by an order while it was being placed.

    Attributes:
        price (str): Price of the fill.
        qty (str): Base quantity filled.
        commission (str): Commission charged for the fill.
        commission_asset (str): Asset the commission was charged in.
        trade_id (int): Id of the trade; -1 when the fill is an SOR allocation rather than a trade.
        match_type (str | Unset): Marks a non-standard fill; `ONE_PARTY_TRADE_REPORT` means the fill is an allocation
            made by smart order routing. Only present for such fills.
        alloc_id (int | Unset): Id of the SOR allocation behind the fill (see `GET /api/v3/myAllocations`). Only present
            for allocation fills.
    """

    price: str
    qty: str
    commission: str
    commission_asset: str
    trade_id: int
    match_type: str | Unset = UNSET
    alloc_id: int | Unset = UNSET
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

        match_type = self.match_type

        alloc_id = self.alloc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "qty": qty,
                "commission": commission,
                "commissionAsset": commission_asset,
                "tradeId": trade_id,
            }
        )
        if match_type is not UNSET:
            field_dict["matchType"] = match_type
        if alloc_id is not UNSET:
            field_dict["allocId"] = alloc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["price"],
            d["qty"],
            d["commission"],
            d["commissionAsset"],
            d["tradeId"],
            d.get("matchType", UNSET),
            d.get("allocId", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"price", "qty", "commission", "commissionAsset", "tradeId", "matchType", "allocId"})
