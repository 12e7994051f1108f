"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingBethWrap")


@_attrs_define
class StakingBethWrap(AdditionalProperties[Any]):
    """Outcome of wrapping BETH.

    Attributes:
        success (bool): Whether the wrap was accepted.
        wbeth_amount (str): WBETH received.
        exchange_rate (str): BETH per WBETH applied.
    """

    success: bool
    wbeth_amount: str
    exchange_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def wbeth_amount_decimal(self) -> Decimal:
        """`wbeth_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wbeth_amount)

    @property
    def exchange_rate_decimal(self) -> Decimal:
        """`exchange_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange_rate)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        wbeth_amount = self.wbeth_amount

        exchange_rate = self.exchange_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "wbethAmount": wbeth_amount,
                "exchangeRate": exchange_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["success"],
            d["wbethAmount"],
            d["exchangeRate"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"success", "wbethAmount", "exchangeRate"})
