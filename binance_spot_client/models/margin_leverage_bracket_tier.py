"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginLeverageBracketTier")


@_attrs_define
class MarginLeverageBracketTier(AdditionalProperties[Any]):
    """One leverage bracket of a liability asset.

    Attributes:
        leverage (int): Maximum leverage of the bracket.
        max_debt (float): Largest debt of the bracket; a JSON number on the wire.
        maintenance_margin_rate (float): Maintenance margin rate; a JSON number on the wire.
        initial_margin_rate (float): Initial margin rate; a JSON number on the wire.
        fast_num (float): Quick-calculation constant of the bracket; a JSON number on the wire.
    """

    leverage: int
    max_debt: float
    maintenance_margin_rate: float
    initial_margin_rate: float
    fast_num: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leverage = self.leverage

        max_debt = self.max_debt

        maintenance_margin_rate = self.maintenance_margin_rate

        initial_margin_rate = self.initial_margin_rate

        fast_num = self.fast_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leverage": leverage,
                "maxDebt": max_debt,
                "maintenanceMarginRate": maintenance_margin_rate,
                "initialMarginRate": initial_margin_rate,
                "fastNum": fast_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["leverage"],
            d["maxDebt"],
            d["maintenanceMarginRate"],
            d["initialMarginRate"],
            d["fastNum"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"leverage", "maxDebt", "maintenanceMarginRate", "initialMarginRate", "fastNum"})
