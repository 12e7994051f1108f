"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnBfusdSubscription")


@_attrs_define
class SimpleEarnBfusdSubscription(AdditionalProperties[Any]):
    """Outcome of a BFUSD subscription.

    Attributes:
        success (bool): Whether the subscription was accepted.
        bfusd_amount (str): BFUSD received.
    """

    success: bool
    bfusd_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bfusd_amount_decimal(self) -> Decimal:
        """`bfusd_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bfusd_amount)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        bfusd_amount = self.bfusd_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "bfusdAmount": bfusd_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["bfusdAmount"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "bfusdAmount"})
