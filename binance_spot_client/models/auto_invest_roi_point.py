"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestRoiPoint")


@_attrs_define
class AutoInvestRoiPoint(AdditionalProperties[Any]):
    """One point of a target asset's simulated return curve.

    Attributes:
        date (str): Day of the point, UTC milliseconds (sent as text).
        simulate_roi (str): Simulated return up to that day, as a fraction.
    """

    date: str
    simulate_roi: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def simulate_roi_decimal(self) -> Decimal:
        """`simulate_roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.simulate_roi)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        simulate_roi = self.simulate_roi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "simulateRoi": simulate_roi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["date"],
            d["simulateRoi"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"date", "simulateRoi"})
