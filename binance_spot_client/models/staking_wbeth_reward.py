"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingWbethReward")


@_attrs_define
class StakingWbethReward(AdditionalProperties[Any]):
    """One day's WBETH reward.

    Attributes:
        time (int): Day of the reward, UTC milliseconds.
        amount_in_eth (str): Estimated reward accrued inside WBETH, in ETH.
        holding (str): WBETH held.
        holding_in_eth (str): Value of the WBETH held, in ETH.
        annual_percentage_rate (str): Annual rate applied, as a fraction.
    """

    time: int
    amount_in_eth: str
    holding: str
    holding_in_eth: str
    annual_percentage_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_in_eth_decimal(self) -> Decimal:
        """`amount_in_eth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_in_eth)

    @property
    def holding_decimal(self) -> Decimal:
        """`holding` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.holding)

    @property
    def holding_in_eth_decimal(self) -> Decimal:
        """`holding_in_eth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.holding_in_eth)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        amount_in_eth = self.amount_in_eth

        holding = self.holding

        holding_in_eth = self.holding_in_eth

        annual_percentage_rate = self.annual_percentage_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "amountInETH": amount_in_eth,
                "holding": holding,
                "holdingInETH": holding_in_eth,
                "annualPercentageRate": annual_percentage_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["amountInETH"],
            d["holding"],
            d["holdingInETH"],
            d["annualPercentageRate"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "amountInETH", "holding", "holdingInETH", "annualPercentageRate"})
