"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginAccountSummary")


@_attrs_define
class MarginAccountSummary:
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
        d = dict(src_dict)
        normal_bar = d.pop("normalBar")

        margin_call_bar = d.pop("marginCallBar")

        force_liquidation_bar = d.pop("forceLiquidationBar")

        _instance = cls(
            normal_bar=normal_bar,
            margin_call_bar=margin_call_bar,
            force_liquidation_bar=force_liquidation_bar,
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
