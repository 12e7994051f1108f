"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthConvertQuote")


@_attrs_define
class OAuthConvertQuote:
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
        d = dict(src_dict)
        quote_id = d.pop("quoteId")

        quote_price = d.pop("quotePrice")

        trade_fee = d.pop("tradeFee", UNSET)

        rail_fee = d.pop("railFee", UNSET)

        total_fee = d.pop("totalFee", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        show_price = d.pop("showPrice", UNSET)

        _instance = cls(
            quote_id=quote_id,
            quote_price=quote_price,
            trade_fee=trade_fee,
            rail_fee=rail_fee,
            total_fee=total_fee,
            total_amount=total_amount,
            show_price=show_price,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
