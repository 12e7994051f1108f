"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginAccountSummary")


@_attrs_define
class MarginAccountSummary(AdditionalProperties[Any]):
    """Margin level thresholds of the account.

    Attributes:
        normal_bar (str): Margin level above which the account is in normal standing.
        margin_call_bar (str): Margin level that triggers a margin call.
        force_liquidation_bar (str): Margin level at which the account is liquidated.
    """

    normal_bar: str
    margin_call_bar: str
    force_liquidation_bar: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def normal_bar_decimal(self) -> Decimal:
        """`normal_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.normal_bar)

    @property
    def margin_call_bar_decimal(self) -> Decimal:
        """`margin_call_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_call_bar)

    @property
    def force_liquidation_bar_decimal(self) -> Decimal:
        """`force_liquidation_bar` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.force_liquidation_bar)

    def to_dict(self) -> dict[str, Any]:
        normal_bar = self.normal_bar

        margin_call_bar = self.margin_call_bar

        force_liquidation_bar = self.force_liquidation_bar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "normalBar": normal_bar,
                "marginCallBar": margin_call_bar,
                "forceLiquidationBar": force_liquidation_bar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["normalBar"],
            d["marginCallBar"],
            d["forceLiquidationBar"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"normalBar", "marginCallBar", "forceLiquidationBar"})
