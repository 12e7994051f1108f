"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_invest_source_asset import AutoInvestSourceAsset


T = TypeVar("T", bound="AutoInvestSourceAssetList")


@_attrs_define
class AutoInvestSourceAssetList:
    """Source assets with their limits and the fee rate.

    Attributes:
        fee_rate (str): Transaction fee rate, as a fraction.
        source_assets (list[AutoInvestSourceAsset]):
        tax_rate (str | Unset): Tax rate, as a fraction (added by Binance after 2024).
    """

    fee_rate: str
    source_assets: list[AutoInvestSourceAsset]
    tax_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_rate = self.fee_rate

        source_assets = []
        for source_assets_item_data in self.source_assets:
            source_assets_item = source_assets_item_data.to_dict()
            source_assets.append(source_assets_item)

        tax_rate = self.tax_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeRate": fee_rate,
                "sourceAssets": source_assets,
            }
        )
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_invest_source_asset import AutoInvestSourceAsset

        d = dict(src_dict)
        fee_rate = d.pop("feeRate")

        source_assets = []
        _source_assets = d.pop("sourceAssets")
        for source_assets_item_data in _source_assets:
            source_assets_item = AutoInvestSourceAsset.from_dict(source_assets_item_data)

            source_assets.append(source_assets_item)

        tax_rate = d.pop("taxRate", UNSET)

        _instance = cls(
            fee_rate=fee_rate,
            source_assets=source_assets,
            tax_rate=tax_rate,
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
