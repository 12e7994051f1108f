"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletBnbConvertibleAsset")


@_attrs_define
class WalletBnbConvertibleAsset(AdditionalProperties[Any]):
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

    @property
    def amount_free_decimal(self) -> Decimal:
        """`amount_free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_free)

    @property
    def to_btc_decimal(self) -> Decimal:
        """`to_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_btc)

    @property
    def to_bnb_decimal(self) -> Decimal:
        """`to_bnb` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_bnb)

    @property
    def to_bnb_off_exchange_decimal(self) -> Decimal:
        """`to_bnb_off_exchange` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_bnb_off_exchange)

    @property
    def exchange_decimal(self) -> Decimal:
        """`exchange` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange)

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
        d = src_dict

        _instance = cls(
            d["asset"],
            d["assetFullName"],
            d["amountFree"],
            d["toBTC"],
            d["toBNB"],
            d["toBNBOffExchange"],
            d["exchange"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "assetFullName", "amountFree", "toBTC", "toBNB", "toBNBOffExchange", "exchange"})
