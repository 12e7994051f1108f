"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingBethReward")


@_attrs_define
class StakingBethReward(AdditionalProperties[Any]):
    """One BETH staking reward payment.

    Attributes:
        time (int): When the reward was paid, UTC milliseconds.
        asset (str): Asset the reward was paid in.
        holding (str): BETH held when the reward was computed.
        amount (str): Reward paid.
        annual_percentage_rate (str): Annual rate applied, as a fraction (0.5 is 50%).
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    asset: str
    holding: str
    amount: str
    annual_percentage_rate: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def holding_decimal(self) -> Decimal:
        """`holding` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.holding)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        asset = self.asset

        holding = self.holding

        amount = self.amount

        annual_percentage_rate = self.annual_percentage_rate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "asset": asset,
                "holding": holding,
                "amount": amount,
                "annualPercentageRate": annual_percentage_rate,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["asset"],
            d["holding"],
            d["amount"],
            d["annualPercentageRate"],
            d["status"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "asset", "holding", "amount", "annualPercentageRate", "status"})
