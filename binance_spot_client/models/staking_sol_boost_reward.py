"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSolBoostReward")


@_attrs_define
class StakingSolBoostReward(AdditionalProperties[Any]):
    """One boost reward event.

    Attributes:
        time (int): When it happened, as Binance sends it (its example shows a value in seconds).
        token (str): Asset of the reward.
        amount (str): Reward amount.
        bnsol_holding (str): BNSOL held at the time.
        status (str): State, such as `SUCCESS`.
    """

    time: int
    token: str
    amount: str
    bnsol_holding: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def bnsol_holding_decimal(self) -> Decimal:
        """`bnsol_holding` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bnsol_holding)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        token = self.token

        amount = self.amount

        bnsol_holding = self.bnsol_holding

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "token": token,
                "amount": amount,
                "bnsolHolding": bnsol_holding,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["token"],
            d["amount"],
            d["bnsolHolding"],
            d["status"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "token", "amount", "bnsolHolding", "status"})
