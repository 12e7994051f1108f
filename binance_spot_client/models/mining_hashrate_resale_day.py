"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningHashrateResaleDay")


@_attrs_define
class MiningHashrateResaleDay(AdditionalProperties[Any]):
    """
    Attributes:
        pool_username (str): Mining account the hashrate was transferred from.
        to_pool_username (str): Mining account the hashrate was transferred to.
        algo_name (str): Algorithm of the transferred hashrate.
        hash_rate (int): Hashrate transferred that day.
        day (int): Day of the transfer, as a yyyymmdd number.
        amount (float): Earnings that went with the transferred hashrate.
        coin_name (str): Coin of those earnings.
    """

    pool_username: str
    to_pool_username: str
    algo_name: str
    hash_rate: int
    day: int
    amount: float
    coin_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_username = self.pool_username

        to_pool_username = self.to_pool_username

        algo_name = self.algo_name

        hash_rate = self.hash_rate

        day = self.day

        amount = self.amount

        coin_name = self.coin_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "poolUsername": pool_username,
                "toPoolUsername": to_pool_username,
                "algoName": algo_name,
                "hashRate": hash_rate,
                "day": day,
                "amount": amount,
                "coinName": coin_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["poolUsername"],
            d["toPoolUsername"],
            d["algoName"],
            d["hashRate"],
            d["day"],
            d["amount"],
            d["coinName"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"poolUsername", "toPoolUsername", "algoName", "hashRate", "day", "amount", "coinName"})
