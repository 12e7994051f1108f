"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningAccountStatistics")


@_attrs_define
class MiningAccountStatistics(AdditionalProperties[Any]):
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

    @property
    def fifteen_min_hash_rate_decimal(self) -> Decimal:
        """`fifteen_min_hash_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fifteen_min_hash_rate)

    @property
    def day_hash_rate_decimal(self) -> Decimal:
        """`day_hash_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.day_hash_rate)

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
        d = src_dict
        profit_today = MiningCoinAmounts.from_dict(d["profitToday"])
        profit_yesterday = MiningCoinAmounts.from_dict(d["profitYesterday"])

        _instance = cls(
            d["fifteenMinHashRate"],
            d["dayHashRate"],
            d["validNum"],
            d["invalidNum"],
            profit_today,
            profit_yesterday,
            d["userName"],
            d["unit"],
            d["algo"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_coin_amounts import MiningCoinAmounts  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "fifteenMinHashRate",
        "dayHashRate",
        "validNum",
        "invalidNum",
        "profitToday",
        "profitYesterday",
        "userName",
        "unit",
        "algo",
    }
)
