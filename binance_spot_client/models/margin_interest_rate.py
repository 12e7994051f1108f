"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginInterestRate")


@_attrs_define
class MarginInterestRate:
    """A daily interest rate of an asset at one VIP level.

    Attributes:
        asset (str):
        daily_interest_rate (str): Daily interest rate in force from `timestamp`.
        timestamp (int): When the rate took effect.
        vip_level (int): VIP level the rate applies to.
    """

    asset: str
    daily_interest_rate: str
    timestamp: int
    vip_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        daily_interest_rate = self.daily_interest_rate

        timestamp = self.timestamp

        vip_level = self.vip_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "dailyInterestRate": daily_interest_rate,
                "timestamp": timestamp,
                "vipLevel": vip_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        daily_interest_rate = d.pop("dailyInterestRate")

        timestamp = d.pop("timestamp")

        vip_level = d.pop("vipLevel")

        _instance = cls(
            asset=asset,
            daily_interest_rate=daily_interest_rate,
            timestamp=timestamp,
            vip_level=vip_level,
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
