"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PortfolioMarginCallLevel")


@_attrs_define
class PortfolioMarginCallLevel(AdditionalProperties[Any]):
    """Margin call notification level.

    Attributes:
        margin_call_level (str | Unset): uniMMR at which Binance notifies the user; absent when no level is set.
    """

    margin_call_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def margin_call_level_decimal(self) -> Decimal | Unset:
        """`margin_call_level` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.margin_call_level, Unset) else Decimal(self.margin_call_level)

    def to_dict(self) -> dict[str, Any]:
        margin_call_level = self.margin_call_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if margin_call_level is not UNSET:
            field_dict["marginCallLevel"] = margin_call_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("marginCallLevel", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"marginCallLevel"})
