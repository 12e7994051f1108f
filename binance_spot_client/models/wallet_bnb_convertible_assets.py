"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletBnbConvertibleAssets")


@_attrs_define
class WalletBnbConvertibleAssets(AdditionalProperties[Any]):
    """Small balances that can be converted to BNB.

    Attributes:
        details (list[WalletBnbConvertibleAsset]):
        total_transfer_btc (str): Total value of the convertible balances, in BTC.
        total_transfer_bnb (str): Total BNB they convert to, before fees.
        dribblet_percentage (str): Fee rate of the conversion (0.02 = 2%).
    """

    details: list[WalletBnbConvertibleAsset]
    total_transfer_btc: str
    total_transfer_bnb: str
    dribblet_percentage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_transfer_btc_decimal(self) -> Decimal:
        """`total_transfer_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfer_btc)

    @property
    def total_transfer_bnb_decimal(self) -> Decimal:
        """`total_transfer_bnb` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfer_bnb)

    @property
    def dribblet_percentage_decimal(self) -> Decimal:
        """`dribblet_percentage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.dribblet_percentage)

    def to_dict(self) -> dict[str, Any]:
        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        total_transfer_btc = self.total_transfer_btc

        total_transfer_bnb = self.total_transfer_bnb

        dribblet_percentage = self.dribblet_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "totalTransferBtc": total_transfer_btc,
                "totalTransferBNB": total_transfer_bnb,
                "dribbletPercentage": dribblet_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        details = [WalletBnbConvertibleAsset.from_dict(item) for item in d["details"]]

        _instance = cls(
            details,
            d["totalTransferBtc"],
            d["totalTransferBNB"],
            d["dribbletPercentage"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_bnb_convertible_asset import WalletBnbConvertibleAsset  # noqa: E402

_WIRE_NAMES = frozenset({"details", "totalTransferBtc", "totalTransferBNB", "dribbletPercentage"})
