"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustConvertibleAssets")


@_attrs_define
class WalletDustConvertibleAssets(AdditionalProperties[Any]):
    """Small balances convertible into a target asset.

    Attributes:
        dribblet_percentage (str): Fee rate of the conversion (0.02 = 2%).
        total_transfer_quota_asset_amount (str): Total value in the valuation (quota) asset.
        total_transfer_target_asset_amount (str): Total target asset received, before fees.
        dribblet_base (str): Threshold under which a balance counts as dust, in the valuation asset.
        details (list[WalletDustConvertibleAsset]):
    """

    dribblet_percentage: str
    total_transfer_quota_asset_amount: str
    total_transfer_target_asset_amount: str
    dribblet_base: str
    details: list[WalletDustConvertibleAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def dribblet_percentage_decimal(self) -> Decimal:
        """`dribblet_percentage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.dribblet_percentage)

    @property
    def total_transfer_quota_asset_amount_decimal(self) -> Decimal:
        """`total_transfer_quota_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfer_quota_asset_amount)

    @property
    def total_transfer_target_asset_amount_decimal(self) -> Decimal:
        """`total_transfer_target_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfer_target_asset_amount)

    @property
    def dribblet_base_decimal(self) -> Decimal:
        """`dribblet_base` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.dribblet_base)

    def to_dict(self) -> dict[str, Any]:
        dribblet_percentage = self.dribblet_percentage

        total_transfer_quota_asset_amount = self.total_transfer_quota_asset_amount

        total_transfer_target_asset_amount = self.total_transfer_target_asset_amount

        dribblet_base = self.dribblet_base

        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dribbletPercentage": dribblet_percentage,
                "totalTransferQuotaAssetAmount": total_transfer_quota_asset_amount,
                "totalTransferTargetAssetAmount": total_transfer_target_asset_amount,
                "dribbletBase": dribblet_base,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        details = [WalletDustConvertibleAsset.from_dict(item) for item in d["details"]]

        _instance = cls(
            d["dribbletPercentage"],
            d["totalTransferQuotaAssetAmount"],
            d["totalTransferTargetAssetAmount"],
            d["dribbletBase"],
            details,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_dust_convertible_asset import WalletDustConvertibleAsset  # noqa: E402

_WIRE_NAMES = frozenset(
    {"dribbletPercentage", "totalTransferQuotaAssetAmount", "totalTransferTargetAssetAmount", "dribbletBase", "details"}
)
