"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMarginRatios")


@_attrs_define
class SubAccountMarginRatios(AdditionalProperties[Any]):
    """Margin level thresholds of a margin account.

    Attributes:
        force_liquidation_bar (str): Margin level at which positions are liquidated.
        margin_call_bar (str): Margin level that triggers a margin call.
        normal_bar (str): Initial margin level.
    """

    force_liquidation_bar: str
    margin_call_bar: str
    normal_bar: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def force_liquidation_bar_decimal(self) -> Decimal:
        """`force_liquidation_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.force_liquidation_bar)

    @property
    def margin_call_bar_decimal(self) -> Decimal:
        """`margin_call_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_call_bar)

    @property
    def normal_bar_decimal(self) -> Decimal:
        """`normal_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.normal_bar)

    def to_dict(self) -> dict[str, Any]:
        force_liquidation_bar = self.force_liquidation_bar

        margin_call_bar = self.margin_call_bar

        normal_bar = self.normal_bar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forceLiquidationBar": force_liquidation_bar,
                "marginCallBar": margin_call_bar,
                "normalBar": normal_bar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["forceLiquidationBar"],
            d["marginCallBar"],
            d["normalBar"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"forceLiquidationBar", "marginCallBar", "normalBar"})
