"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingBnsolRate")


@_attrs_define
class StakingBnsolRate(AdditionalProperties[Any]):
    """One point of BNSOL's rate history.

    Attributes:
        annual_percentage_rate (str): BNSOL annual rate at that time, as a fraction.
        exchange_rate (str): SOL per BNSOL at that time.
        boost_rewards (list[StakingBoostApr]): Boost rates in force at that time.
        time (int): Time of the point, UTC milliseconds.
    """

    annual_percentage_rate: str
    exchange_rate: str
    boost_rewards: list[StakingBoostApr]
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        annual_percentage_rate = self.annual_percentage_rate

        exchange_rate = self.exchange_rate

        boost_rewards = []
        for boost_rewards_item_data in self.boost_rewards:
            boost_rewards_item = boost_rewards_item_data.to_dict()
            boost_rewards.append(boost_rewards_item)

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annualPercentageRate": annual_percentage_rate,
                "exchangeRate": exchange_rate,
                "boostRewards": boost_rewards,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        boost_rewards = [StakingBoostApr.from_dict(item) for item in d["boostRewards"]]

        _instance = cls(
            d["annualPercentageRate"],
            d["exchangeRate"],
            boost_rewards,
            d["time"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_boost_apr import StakingBoostApr  # noqa: E402

_WIRE_NAMES = frozenset({"annualPercentageRate", "exchangeRate", "boostRewards", "time"})
