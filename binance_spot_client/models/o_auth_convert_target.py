"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthConvertTarget")


@_attrs_define
class OAuthConvertTarget:
    """
    Attributes:
        asset_code (str):
        asset_name (str | Unset):
        per_time_min_limit (str | Unset):
        per_time_max_limit (str | Unset):
        daily_max_limit (str | Unset):
    """

    asset_code: str
    asset_name: str | Unset = UNSET
    per_time_min_limit: str | Unset = UNSET
    per_time_max_limit: str | Unset = UNSET
    daily_max_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def per_time_min_limit_decimal(self) -> Decimal | Unset:
        """`per_time_min_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.per_time_min_limit, Unset) else Decimal(self.per_time_min_limit)

    @property
    def per_time_max_limit_decimal(self) -> Decimal | Unset:
        """`per_time_max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.per_time_max_limit, Unset) else Decimal(self.per_time_max_limit)

    @property
    def daily_max_limit_decimal(self) -> Decimal | Unset:
        """`daily_max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.daily_max_limit, Unset) else Decimal(self.daily_max_limit)

    def to_dict(self) -> dict[str, Any]:
        asset_code = self.asset_code

        asset_name = self.asset_name

        per_time_min_limit = self.per_time_min_limit

        per_time_max_limit = self.per_time_max_limit

        daily_max_limit = self.daily_max_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetCode": asset_code,
            }
        )
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if per_time_min_limit is not UNSET:
            field_dict["perTimeMinLimit"] = per_time_min_limit
        if per_time_max_limit is not UNSET:
            field_dict["perTimeMaxLimit"] = per_time_max_limit
        if daily_max_limit is not UNSET:
            field_dict["dailyMaxLimit"] = daily_max_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["assetCode"],
            d.get("assetName", UNSET),
            d.get("perTimeMinLimit", UNSET),
            d.get("perTimeMaxLimit", UNSET),
            d.get("dailyMaxLimit", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
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


_WIRE_NAMES = frozenset({"assetCode", "assetName", "perTimeMinLimit", "perTimeMaxLimit", "dailyMaxLimit"})
