"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletBnbConvertibleAsset")


@_attrs_define
class WalletBnbConvertibleAsset:
    """A small balance that can be converted to BNB.

    Attributes:
        asset (str):
        asset_full_name (str): Full name of the asset.
        amount_free (str): Amount that can be converted.
        to_btc (str): Value of that amount in BTC.
        to_bnb (str): BNB it converts to, before the fee.
        to_bnb_off_exchange (str): BNB it converts to, after the fee.
        exchange (str): Fee, in BNB.
    """

    asset: str
    asset_full_name: str
    amount_free: str
    to_btc: str
    to_bnb: str
    to_bnb_off_exchange: str
    exchange: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_full_name = self.asset_full_name

        amount_free = self.amount_free

        to_btc = self.to_btc

        to_bnb = self.to_bnb

        to_bnb_off_exchange = self.to_bnb_off_exchange

        exchange = self.exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "assetFullName": asset_full_name,
                "amountFree": amount_free,
                "toBTC": to_btc,
                "toBNB": to_bnb,
                "toBNBOffExchange": to_bnb_off_exchange,
                "exchange": exchange,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        asset_full_name = d.pop("assetFullName")

        amount_free = d.pop("amountFree")

        to_btc = d.pop("toBTC")

        to_bnb = d.pop("toBNB")

        to_bnb_off_exchange = d.pop("toBNBOffExchange")

        exchange = d.pop("exchange")

        _instance = cls(
            asset=asset,
            asset_full_name=asset_full_name,
            amount_free=amount_free,
            to_btc=to_btc,
            to_bnb=to_bnb,
            to_bnb_off_exchange=to_bnb_off_exchange,
            exchange=exchange,
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
