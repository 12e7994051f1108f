"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSolAccount")


@_attrs_define
class StakingSolAccount(AdditionalProperties[Any]):
    """The account's SOL staking summary.

    Attributes:
        bnsol_amount (str): BNSOL held.
        holding_in_sol (str): Value of the BNSOL held, in SOL.
        thirty_days_profit_in_sol (str): Profit over the last 30 days, in SOL.
    """

    bnsol_amount: str
    holding_in_sol: str
    thirty_days_profit_in_sol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bnsol_amount_decimal(self) -> Decimal:
        """`bnsol_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bnsol_amount)

    @property
    def holding_in_sol_decimal(self) -> Decimal:
        """`holding_in_sol` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.holding_in_sol)

    @property
    def thirty_days_profit_in_sol_decimal(self) -> Decimal:
        """`thirty_days_profit_in_sol` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.thirty_days_profit_in_sol)

    def to_dict(self) -> dict[str, Any]:
        bnsol_amount = self.bnsol_amount

        holding_in_sol = self.holding_in_sol

        thirty_days_profit_in_sol = self.thirty_days_profit_in_sol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bnsolAmount": bnsol_amount,
                "holdingInSOL": holding_in_sol,
                "thirtyDaysProfitInSOL": thirty_days_profit_in_sol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["bnsolAmount"],
            d["holdingInSOL"],
            d["thirtyDaysProfitInSOL"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"bnsolAmount", "holdingInSOL", "thirtyDaysProfitInSOL"})
