"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestRebalanceTrade")


@_attrs_define
class AutoInvestRebalanceTrade(AdditionalProperties[Any]):
    """One trade of a rebalance.

    Attributes:
        asset (str): Asset traded.
        transaction_date_time (int): When it was traded, UTC milliseconds.
        rebalance_direction (str): `BUY` or `SELL`.
        rebalance_amount (str): Amount traded.
    """

    asset: str
    transaction_date_time: int
    rebalance_direction: str
    rebalance_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rebalance_amount_decimal(self) -> Decimal:
        """`rebalance_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rebalance_amount)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        transaction_date_time = self.transaction_date_time

        rebalance_direction = self.rebalance_direction

        rebalance_amount = self.rebalance_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "transactionDateTime": transaction_date_time,
                "rebalanceDirection": rebalance_direction,
                "rebalanceAmount": rebalance_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["transactionDateTime"],
            d["rebalanceDirection"],
            d["rebalanceAmount"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "transactionDateTime", "rebalanceDirection", "rebalanceAmount"})
