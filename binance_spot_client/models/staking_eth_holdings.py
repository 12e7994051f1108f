"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingEthHoldings")


@_attrs_define
class StakingEthHoldings(AdditionalProperties[Any]):
    """Staking tokens held.

    Attributes:
        wbeth_amount (str): WBETH held.
        beth_amount (str): BETH held.
    """

    wbeth_amount: str
    beth_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def wbeth_amount_decimal(self) -> Decimal:
        """`wbeth_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.wbeth_amount)

    @property
    def beth_amount_decimal(self) -> Decimal:
        """`beth_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.beth_amount)

    def to_dict(self) -> dict[str, Any]:
        wbeth_amount = self.wbeth_amount

        beth_amount = self.beth_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wbethAmount": wbeth_amount,
                "bethAmount": beth_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["wbethAmount"],
            d["bethAmount"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"wbethAmount", "bethAmount"})
