"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AutoInvestSourceAssetList")


@_attrs_define
class AutoInvestSourceAssetList(AdditionalProperties[Any]):
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

    @property
    def fee_rate_decimal(self) -> Decimal:
        """`fee_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee_rate)

    @property
    def tax_rate_decimal(self) -> Decimal | Unset:
        """`tax_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.tax_rate, Unset) else Decimal(self.tax_rate)

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
        d = src_dict
        source_assets = [AutoInvestSourceAsset.from_dict(item) for item in d["sourceAssets"]]

        _instance = cls(
            d["feeRate"],
            source_assets,
            d.get("taxRate", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_source_asset import AutoInvestSourceAsset  # noqa: E402

_WIRE_NAMES = frozenset({"feeRate", "sourceAssets", "taxRate"})
