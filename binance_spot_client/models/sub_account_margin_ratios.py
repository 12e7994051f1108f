"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountMarginRatios")


@_attrs_define
class SubAccountMarginRatios:
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
        d = dict(src_dict)
        force_liquidation_bar = d.pop("forceLiquidationBar")

        margin_call_bar = d.pop("marginCallBar")

        normal_bar = d.pop("normalBar")

        _instance = cls(
            force_liquidation_bar=force_liquidation_bar,
            margin_call_bar=margin_call_bar,
            normal_bar=normal_bar,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
