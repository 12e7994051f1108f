"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnRwusdReward")


@_attrs_define
class SimpleEarnRwusdReward(AdditionalProperties[Any]):
    """One reward payout on an RWUSD holding.

    Attributes:
        time (int): When the reward was paid, UTC milliseconds.
        rewards_amount (str): Reward paid.
        rwusd_position (str): RWUSD holding the reward was computed on.
        annual_percentage_rate (str): Annual rate applied, as a fraction.
    """

    time: int
    rewards_amount: str
    rwusd_position: str
    annual_percentage_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rewards_amount_decimal(self) -> Decimal:
        """`rewards_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rewards_amount)

    @property
    def rwusd_position_decimal(self) -> Decimal:
        """`rwusd_position` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rwusd_position)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        rewards_amount = self.rewards_amount

        rwusd_position = self.rwusd_position

        annual_percentage_rate = self.annual_percentage_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "rewardsAmount": rewards_amount,
                "rwusdPosition": rwusd_position,
                "annualPercentageRate": annual_percentage_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["rewardsAmount"],
            d["rwusdPosition"],
            d["annualPercentageRate"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "rewardsAmount", "rwusdPosition", "annualPercentageRate"})
