"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestAssets")


@_attrs_define
class AutoInvestAssets(AdditionalProperties[Any]):
    """Every source and target asset of Auto-Invest.

    Attributes:
        target_assets (list[str]): Assets plans can buy.
        source_assets (list[str]): Assets plans can pay with.
    """

    target_assets: list[str]
    source_assets: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_assets = self.target_assets

        source_assets = self.source_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAssets": target_assets,
                "sourceAssets": source_assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        target_assets = d["targetAssets"]
        source_assets = d["sourceAssets"]

        _instance = cls(
            target_assets,
            source_assets,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"targetAssets", "sourceAssets"})
