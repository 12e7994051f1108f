"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMarginTotals")


@_attrs_define
class SubAccountMarginTotals(AdditionalProperties[Any]):
    """BTC-valued margin totals of one sub-account.

    Attributes:
        email (str): Email of the sub-account.
        total_asset_of_btc (str): Total assets, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
    """

    email: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset_of_btc)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_net_asset_of_btc)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["totalAssetOfBtc"],
            d["totalLiabilityOfBtc"],
            d["totalNetAssetOfBtc"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"email", "totalAssetOfBtc", "totalLiabilityOfBtc", "totalNetAssetOfBtc"})
