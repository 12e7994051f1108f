"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mining_coin_amounts import MiningCoinAmounts


T = TypeVar("T", bound="MiningAccountStatistics")


@_attrs_define
class MiningAccountStatistics:
    """
    Attributes:
        fifteen_min_hash_rate (str): Hashrate over the last 15 minutes.
        day_hash_rate (str): Average hashrate over the last 24 hours.
        valid_num (int): Number of valid workers.
        invalid_num (int): Number of invalid workers.
        profit_today (MiningCoinAmounts): Amount per coin, keyed by coin symbol. BTC, BSV and BCH are the keys of
            Binance's example; other coins appear under their own symbol.
        profit_yesterday (MiningCoinAmounts): Amount per coin, keyed by coin symbol. BTC, BSV and BCH are the keys of
            Binance's example; other coins appear under their own symbol.
        user_name (str): Mining account.
        unit (str): Unit of the hashrates (for example `h/s`).
        algo (str): Algorithm.
    """

    fifteen_min_hash_rate: str
    day_hash_rate: str
    valid_num: int
    invalid_num: int
    profit_today: MiningCoinAmounts
    profit_yesterday: MiningCoinAmounts
    user_name: str
    unit: str
    algo: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fifteen_min_hash_rate = self.fifteen_min_hash_rate

        day_hash_rate = self.day_hash_rate

        valid_num = self.valid_num

        invalid_num = self.invalid_num

        profit_today = self.profit_today.to_dict()

        profit_yesterday = self.profit_yesterday.to_dict()

        user_name = self.user_name

        unit = self.unit

        algo = self.algo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fifteenMinHashRate": fifteen_min_hash_rate,
                "dayHashRate": day_hash_rate,
                "validNum": valid_num,
                "invalidNum": invalid_num,
                "profitToday": profit_today,
                "profitYesterday": profit_yesterday,
                "userName": user_name,
                "unit": unit,
                "algo": algo,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mining_coin_amounts import MiningCoinAmounts

        d = dict(src_dict)
        fifteen_min_hash_rate = d.pop("fifteenMinHashRate")

        day_hash_rate = d.pop("dayHashRate")

        valid_num = d.pop("validNum")

        invalid_num = d.pop("invalidNum")

        profit_today = MiningCoinAmounts.from_dict(d.pop("profitToday"))

        profit_yesterday = MiningCoinAmounts.from_dict(d.pop("profitYesterday"))

        user_name = d.pop("userName")

        unit = d.pop("unit")

        algo = d.pop("algo")

        _instance = cls(
            fifteen_min_hash_rate=fifteen_min_hash_rate,
            day_hash_rate=day_hash_rate,
            valid_num=valid_num,
            invalid_num=invalid_num,
            profit_today=profit_today,
            profit_yesterday=profit_yesterday,
            user_name=user_name,
            unit=unit,
            algo=algo,
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
