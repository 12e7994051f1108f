"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSoftProduct")


@_attrs_define
class StakingSoftProduct(AdditionalProperties[Any]):
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

    @property
    def min_amount_decimal(self) -> Decimal:
        """`min_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_amount)

    @property
    def max_cap_decimal(self) -> Decimal:
        """`max_cap` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_cap)

    @property
    def apr_decimal(self) -> Decimal:
        """`apr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apr)

    @property
    def staked_amount_decimal(self) -> Decimal:
        """`staked_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.staked_amount)

    @property
    def total_profit_decimal(self) -> Decimal:
        """`total_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_profit)

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
        d = src_dict

        _instance = cls(
            d["asset"],
            d["minAmount"],
            d["maxCap"],
            d["apr"],
            d["stakedAmount"],
            d["totalProfit"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "minAmount", "maxCap", "apr", "stakedAmount", "totalProfit"})
