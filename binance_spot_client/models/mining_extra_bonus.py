"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="MiningExtraBonus")


@_attrs_define
class MiningExtraBonus(AdditionalProperties[Any]):
    """
    Attributes:
        time (int): Mining day, UTC milliseconds.
        coin_name (str): Coin the bonus is paid in.
        type (int): Kind of bonus: 1 merged mining, 2 activity bonus, 3 rebate, 4 smart pool, 6 income transfer, 7 pool
            savings.
        profit_amount (float): Amount of the bonus.
        status (int): Payment state: 0 unpaid, 1 paying, 2 paid.
    """

    time: int
    coin_name: str
    type: int
    profit_amount: float
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        coin_name = self.coin_name

        type = self.type

        profit_amount = self.profit_amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "coinName": coin_name,
                "type": type,
                "profitAmount": profit_amount,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["coinName"],
            d["type"],
            d["profitAmount"],
            d["status"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "coinName", "type", "profitAmount", "status"})
