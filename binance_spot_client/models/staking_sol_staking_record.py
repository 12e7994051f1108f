"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSolStakingRecord")


@_attrs_define
class StakingSolStakingRecord(AdditionalProperties[Any]):
    """One SOL stake.

    Attributes:
        time (int): When SOL was staked, UTC milliseconds.
        asset (str): Staked asset (SOL).
        amount (str): Amount staked.
        distribute_asset (str): Token received (BNSOL).
        distribute_amount (str): Amount of BNSOL received.
        exchange_rate (str): Exchange rate applied.
        status (str): `PENDING`, `SUCCESS` or `FAILED`.
    """

    time: int
    asset: str
    amount: str
    distribute_asset: str
    distribute_amount: str
    exchange_rate: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def distribute_amount_decimal(self) -> Decimal:
        """`distribute_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.distribute_amount)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        asset = self.asset

        amount = self.amount

        distribute_asset = self.distribute_asset

        distribute_amount = self.distribute_amount

        exchange_rate = self.exchange_rate

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "asset": asset,
                "amount": amount,
                "distributeAsset": distribute_asset,
                "distributeAmount": distribute_amount,
                "exchangeRate": exchange_rate,
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
            d["amount"],
            d["distributeAsset"],
            d["distributeAmount"],
            d["exchangeRate"],
            d["status"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "asset", "amount", "distributeAsset", "distributeAmount", "exchangeRate", "status"})
