"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingEthProfit")


@_attrs_define
class StakingEthProfit(AdditionalProperties[Any]):
    """Staking profit over the last 30 days by token.

    Attributes:
        amount_from_wbeth (str): Profit from WBETH over the last 30 days, in ETH.
        amount_from_beth (str): Profit from BETH over the last 30 days, in ETH.
    """

    amount_from_wbeth: str
    amount_from_beth: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_from_wbeth_decimal(self) -> Decimal:
        """`amount_from_wbeth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_from_wbeth)

    @property
    def amount_from_beth_decimal(self) -> Decimal:
        """`amount_from_beth` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_from_beth)

    def to_dict(self) -> dict[str, Any]:
        amount_from_wbeth = self.amount_from_wbeth

        amount_from_beth = self.amount_from_beth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountFromWBETH": amount_from_wbeth,
                "amountFromBETH": amount_from_beth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amountFromWBETH"],
            d["amountFromBETH"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amountFromWBETH", "amountFromBETH"})
