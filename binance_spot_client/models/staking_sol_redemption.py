"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingSolRedemption")


@_attrs_define
class StakingSolRedemption(AdditionalProperties[Any]):
    """Outcome of redeeming BNSOL.

    Attributes:
        success (bool): Whether the redemption was accepted.
        sol_amount (str): SOL to be received.
        exchange_rate (str): SOL per BNSOL applied.
        arrival_time (int): When the SOL is expected, UTC milliseconds.
        redeem_id (int | Unset): Identifier of the redemption.
    """

    success: bool
    sol_amount: str
    exchange_rate: str
    arrival_time: int
    redeem_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def sol_amount_decimal(self) -> Decimal:
        """`sol_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.sol_amount)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        sol_amount = self.sol_amount

        exchange_rate = self.exchange_rate

        arrival_time = self.arrival_time

        redeem_id = self.redeem_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "solAmount": sol_amount,
                "exchangeRate": exchange_rate,
                "arrivalTime": arrival_time,
            }
        )
        if redeem_id is not UNSET:
            field_dict["redeemId"] = redeem_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["solAmount"],
            d["exchangeRate"],
            d["arrivalTime"],
            d.get("redeemId", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "solAmount", "exchangeRate", "arrivalTime", "redeemId"})
