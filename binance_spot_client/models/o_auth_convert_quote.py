"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertQuote")


@_attrs_define
class OAuthConvertQuote(AdditionalProperties[Any]):
    """
    Attributes:
        quote_id (str):
        quote_price (str):
        trade_fee (str | Unset):
        rail_fee (str | Unset):
        total_fee (str | Unset):
        total_amount (str | Unset):
        show_price (str | Unset):
    """

    quote_id: str
    quote_price: str
    trade_fee: str | Unset = UNSET
    rail_fee: str | Unset = UNSET
    total_fee: str | Unset = UNSET
    total_amount: str | Unset = UNSET
    show_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def quote_price_decimal(self) -> Decimal:
        """`quote_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_price)

    @property
    def trade_fee_decimal(self) -> Decimal | Unset:
        """`trade_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.trade_fee, Unset) else Decimal(self.trade_fee)

    @property
    def rail_fee_decimal(self) -> Decimal | Unset:
        """`rail_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.rail_fee, Unset) else Decimal(self.rail_fee)

    @property
    def total_fee_decimal(self) -> Decimal | Unset:
        """`total_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_fee, Unset) else Decimal(self.total_fee)

    @property
    def total_amount_decimal(self) -> Decimal | Unset:
        """`total_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_amount, Unset) else Decimal(self.total_amount)

    @property
    def show_price_decimal(self) -> Decimal | Unset:
        """`show_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.show_price, Unset) else Decimal(self.show_price)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        quote_price = self.quote_price

        trade_fee = self.trade_fee

        rail_fee = self.rail_fee

        total_fee = self.total_fee

        total_amount = self.total_amount

        show_price = self.show_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "quotePrice": quote_price,
            }
        )
        if trade_fee is not UNSET:
            field_dict["tradeFee"] = trade_fee
        if rail_fee is not UNSET:
            field_dict["railFee"] = rail_fee
        if total_fee is not UNSET:
            field_dict["totalFee"] = total_fee
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if show_price is not UNSET:
            field_dict["showPrice"] = show_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["quoteId"],
            d["quotePrice"],
            d.get("tradeFee", UNSET),
            d.get("railFee", UNSET),
            d.get("totalFee", UNSET),
            d.get("totalAmount", UNSET),
            d.get("showPrice", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"quoteId", "quotePrice", "tradeFee", "railFee", "totalFee", "totalAmount", "showPrice"})
