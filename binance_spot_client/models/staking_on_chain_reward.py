"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingOnChainReward")


@_attrs_define
class StakingOnChainReward(AdditionalProperties[Any]):
    """One on-chain yields reward payment.

    Attributes:
        position_id (str): Position that earned it (sent as text).
        time (int): When it was paid, UTC milliseconds.
        asset (str): Asset of the reward.
        lock_period (str): Lock period in days (sent as text).
        amount (str): Reward amount.
    """

    position_id: str
    time: int
    asset: str
    lock_period: str
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        time = self.time

        asset = self.asset

        lock_period = self.lock_period

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "time": time,
                "asset": asset,
                "lockPeriod": lock_period,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["time"],
            d["asset"],
            d["lockPeriod"],
            d["amount"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"positionId", "time", "asset", "lockPeriod", "amount"})
