"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakingSoftProduct")


@_attrs_define
class StakingSoftProduct:
    """One Soft Staking product.

    Attributes:
        asset (str): Asset eligible for Soft Staking.
        min_amount (str): Smallest holding that earns rewards.
        max_cap (str): Largest holding that earns rewards.
        apr (str): Annual percentage rate, as a fraction.
        staked_amount (str): Amount of the account's holding currently earning.
        total_profit (str): Rewards earned so far.
    """

    asset: str
    min_amount: str
    max_cap: str
    apr: str
    staked_amount: str
    total_profit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        min_amount = self.min_amount

        max_cap = self.max_cap

        apr = self.apr

        staked_amount = self.staked_amount

        total_profit = self.total_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "minAmount": min_amount,
                "maxCap": max_cap,
                "apr": apr,
                "stakedAmount": staked_amount,
                "totalProfit": total_profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        min_amount = d.pop("minAmount")

        max_cap = d.pop("maxCap")

        apr = d.pop("apr")

        staked_amount = d.pop("stakedAmount")

        total_profit = d.pop("totalProfit")

        _instance = cls(
            asset=asset,
            min_amount=min_amount,
            max_cap=max_cap,
            apr=apr,
            staked_amount=staked_amount,
            total_profit=total_profit,
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
