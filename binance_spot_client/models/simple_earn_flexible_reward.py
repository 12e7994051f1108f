"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SimpleEarnFlexibleReward")


@_attrs_define
class SimpleEarnFlexibleReward(AdditionalProperties[Any]):
    """One flexible-product reward payment.

    Attributes:
        asset (str): Asset the reward was paid in.
        rewards (str): Reward amount.
        project_id (str): Flexible product that paid it.
        type (str): Kind of reward: `BONUS`, `REALTIME` or `REWARDS`.
        time (int): When it was paid, UTC milliseconds.
    """

    asset: str
    rewards: str
    project_id: str
    type: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rewards_decimal(self) -> Decimal:
        """`rewards` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rewards)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        rewards = self.rewards

        project_id = self.project_id

        type = self.type

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "rewards": rewards,
                "projectId": project_id,
                "type": type,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["rewards"],
            d["projectId"],
            d["type"],
            d["time"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "rewards", "projectId", "type", "time"})
