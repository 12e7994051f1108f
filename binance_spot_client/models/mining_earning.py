"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="MiningEarning")


@_attrs_define
class MiningEarning(AdditionalProperties[Any]):
    """
    Attributes:
        time (int): Mining day, UTC milliseconds.
        type (int): Where the earning went: 0 mining wallet, 5 mining address, 7 pool savings, 8 transferred, 31 income
            transfer, 32 hashrate resale to the mining wallet, 33 hashrate resale to pool savings.
        hash_transfer (int | None): Hashrate transferred away that day; null when none was.
        transfer_amount (float | None): Earnings transferred away that day; null when none were.
        day_hash_rate (float): The day's average hashrate.
        profit_amount (float): Amount earned.
        coin_name (str): Coin the earning is paid in.
        status (int): Payment state: 0 unpaid, 1 paying, 2 paid.
    """

    time: int
    type: int
    hash_transfer: int | None
    transfer_amount: float | None
    day_hash_rate: float
    profit_amount: float
    coin_name: str
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        type = self.type

        hash_transfer: int | None
        hash_transfer = self.hash_transfer

        transfer_amount: float | None
        transfer_amount = self.transfer_amount

        day_hash_rate = self.day_hash_rate

        profit_amount = self.profit_amount

        coin_name = self.coin_name

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "type": type,
                "hashTransfer": hash_transfer,
                "transferAmount": transfer_amount,
                "dayHashRate": day_hash_rate,
                "profitAmount": profit_amount,
                "coinName": coin_name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hash_transfer = _parse_hash_transfer(d["hashTransfer"])
        transfer_amount = _parse_transfer_amount(d["transferAmount"])

        _instance = cls(
            d["time"],
            d["type"],
            hash_transfer,
            transfer_amount,
            d["dayHashRate"],
            d["profitAmount"],
            d["coinName"],
            d["status"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_hash_transfer(data: object) -> int | None:
    if data is None:
        return data
    return cast(int | None, data)


def _parse_transfer_amount(data: object) -> float | None:
    if data is None:
        return data
    return cast(float | None, data)


_WIRE_NAMES = frozenset(
    {"time", "type", "hashTransfer", "transferAmount", "dayHashRate", "profitAmount", "coinName", "status"}
)
