"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="SimpleEarnLockedReward")


@_attrs_define
class SimpleEarnLockedReward(AdditionalProperties[Any]):
    """One locked-product reward payment.

    Attributes:
        position_id (int): Locked position that earned the reward.
        time (int): When it was paid, UTC milliseconds.
        asset (str): Asset the reward was paid in.
        amount (str): Reward amount.
        lock_period (str | Unset): Lock period in days (sent as text); absent on boost rewards.
        type (str | Unset): Kind of reward, such as `Locked Rewards` or `Boost Rewards` (added by Binance in 2025).
    """

    position_id: int
    time: int
    asset: str
    amount: str
    lock_period: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        time = self.time

        asset = self.asset

        amount = self.amount

        lock_period = self.lock_period

        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "time": time,
                "asset": asset,
                "amount": amount,
            }
        )
        if lock_period is not UNSET:
            field_dict["lockPeriod"] = lock_period
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["time"],
            d["asset"],
            d["amount"],
            d.get("lockPeriod", UNSET),
            d.get("type", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"positionId", "time", "asset", "amount", "lockPeriod", "type"})
