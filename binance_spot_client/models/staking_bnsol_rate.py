"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.staking_boost_apr import StakingBoostApr


T = TypeVar("T", bound="StakingBnsolRate")


@_attrs_define
class StakingBnsolRate:
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
        from ..models.staking_boost_apr import StakingBoostApr

        d = dict(src_dict)
        annual_percentage_rate = d.pop("annualPercentageRate")

        exchange_rate = d.pop("exchangeRate")

        boost_rewards = []
        _boost_rewards = d.pop("boostRewards")
        for boost_rewards_item_data in _boost_rewards:
            boost_rewards_item = StakingBoostApr.from_dict(boost_rewards_item_data)

            boost_rewards.append(boost_rewards_item)

        time = d.pop("time")

        _instance = cls(
            annual_percentage_rate=annual_percentage_rate,
            exchange_rate=exchange_rate,
            boost_rewards=boost_rewards,
            time=time,
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
