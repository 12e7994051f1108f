"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletApiTradingTrigger")


@_attrs_define
class WalletApiTradingTrigger(AdditionalProperties[Any]):
    """Thresholds that lock API trading when reached.

    Attributes:
        gcr (int): Threshold of the GTC orders ratio.
        ifer (int): Threshold of the FOK/IOC expiration ratio.
        ufr (int): Threshold of the unfilled ratio.
    """

    gcr: int
    ifer: int
    ufr: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gcr = self.gcr

        ifer = self.ifer

        ufr = self.ufr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "GCR": gcr,
                "IFER": ifer,
                "UFR": ufr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["GCR"],
            d["IFER"],
            d["UFR"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"GCR", "IFER", "UFR"})
