"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnBfusdReward")


@_attrs_define
class SimpleEarnBfusdReward(AdditionalProperties[Any]):
    """One reward payout on a BFUSD holding.

    Attributes:
        time (int): When the reward was paid, UTC milliseconds.
        rewards_amount (str): Reward paid.
        bfusd_position (str): BFUSD holding the reward was computed on.
        annual_percentage_rate (str): Annual rate applied, as a fraction.
        reward_asset (str | Unset): Asset of the reward; listed by Binance's SDK, absent from its documentation page's
            example.
    """

    time: int
    rewards_amount: str
    bfusd_position: str
    annual_percentage_rate: str
    reward_asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rewards_amount_decimal(self) -> Decimal:
        """`rewards_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rewards_amount)

    @property
    def bfusd_position_decimal(self) -> Decimal:
        """`bfusd_position` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bfusd_position)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        rewards_amount = self.rewards_amount

        bfusd_position = self.bfusd_position

        annual_percentage_rate = self.annual_percentage_rate

        reward_asset = self.reward_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "rewardsAmount": rewards_amount,
                "BFUSDPosition": bfusd_position,
                "annualPercentageRate": annual_percentage_rate,
            }
        )
        if reward_asset is not UNSET:
            field_dict["rewardAsset"] = reward_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["rewardsAmount"],
            d["BFUSDPosition"],
            d["annualPercentageRate"],
            d.get("rewardAsset", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "rewardsAmount", "BFUSDPosition", "annualPercentageRate", "rewardAsset"})
