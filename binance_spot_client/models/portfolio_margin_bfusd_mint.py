"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginBfusdMint")


@_attrs_define
class PortfolioMarginBfusdMint(AdditionalProperties[Any]):
    """Outcome of minting BFUSD.

    Attributes:
        from_asset (str): Asset given up.
        target_asset (str): Asset received (BFUSD).
        from_asset_qty (float): Amount given up; a JSON number on the wire.
        target_asset_qty (float): Amount received; a JSON number on the wire.
        mint_rate (float): Rate applied; a JSON number on the wire.
    """

    from_asset: str
    target_asset: str
    from_asset_qty: float
    target_asset_qty: float
    mint_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_asset = self.from_asset

        target_asset = self.target_asset

        from_asset_qty = self.from_asset_qty

        target_asset_qty = self.target_asset_qty

        mint_rate = self.mint_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromAsset": from_asset,
                "targetAsset": target_asset,
                "fromAssetQty": from_asset_qty,
                "targetAssetQty": target_asset_qty,
                "mintRate": mint_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["fromAsset"],
            d["targetAsset"],
            d["fromAssetQty"],
            d["targetAssetQty"],
            d["mintRate"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"fromAsset", "targetAsset", "fromAssetQty", "targetAssetQty", "mintRate"})
