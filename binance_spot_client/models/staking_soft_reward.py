"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSoftReward")


@_attrs_define
class StakingSoftReward(AdditionalProperties[Any]):
    """One Soft Staking reward payment.

    Attributes:
        asset (str): Asset that earned the reward.
        rewards (str): Reward amount.
        reward_asset (str): Asset the reward was paid in.
        avg_amount (str): Average holding the reward was computed on.
        time (int): When it was paid, UTC milliseconds.
    """

    asset: str
    rewards: str
    reward_asset: str
    avg_amount: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rewards_decimal(self) -> Decimal:
        """`rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rewards)

    @property
    def avg_amount_decimal(self) -> Decimal:
        """`avg_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_amount)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        rewards = self.rewards

        reward_asset = self.reward_asset

        avg_amount = self.avg_amount

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "rewards": rewards,
                "rewardAsset": reward_asset,
                "avgAmount": avg_amount,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["rewards"],
            d["rewardAsset"],
            d["avgAmount"],
            d["time"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "rewards", "rewardAsset", "avgAmount", "time"})
