"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingSolSubscription")


@_attrs_define
class StakingSolSubscription(AdditionalProperties[Any]):
    """Outcome of staking SOL.

    Attributes:
        success (bool): Whether the stake was accepted.
        bnsol_amount (str): BNSOL received.
        exchange_rate (str): SOL per BNSOL applied.
        purchase_id (int | Unset): Identifier of the stake.
    """

    success: bool
    bnsol_amount: str
    exchange_rate: str
    purchase_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bnsol_amount_decimal(self) -> Decimal:
        """`bnsol_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bnsol_amount)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        bnsol_amount = self.bnsol_amount

        exchange_rate = self.exchange_rate

        purchase_id = self.purchase_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "bnsolAmount": bnsol_amount,
                "exchangeRate": exchange_rate,
            }
        )
        if purchase_id is not UNSET:
            field_dict["purchaseId"] = purchase_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["bnsolAmount"],
            d["exchangeRate"],
            d.get("purchaseId", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "bnsolAmount", "exchangeRate", "purchaseId"})
