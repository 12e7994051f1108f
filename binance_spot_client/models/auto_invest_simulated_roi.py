"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestSimulatedRoi")


@_attrs_define
class AutoInvestSimulatedRoi(AdditionalProperties[Any]):
    """Simulated return of investing in an asset over one period.

    Attributes:
        simulate_roi (str): Simulated return over the period, as a fraction.
        dimension_value (str): Length of the period, in `dimensionUnit` (sent as text).
        dimension_unit (str): Unit of the period: `day`, `month` or `year`.
    """

    simulate_roi: str
    dimension_value: str
    dimension_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def simulate_roi_decimal(self) -> Decimal:
        """`simulate_roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.simulate_roi)

    def to_dict(self) -> dict[str, Any]:
        simulate_roi = self.simulate_roi

        dimension_value = self.dimension_value

        dimension_unit = self.dimension_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulateRoi": simulate_roi,
                "dimensionValue": dimension_value,
                "dimensionUnit": dimension_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["simulateRoi"],
            d["dimensionValue"],
            d["dimensionUnit"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"simulateRoi", "dimensionValue", "dimensionUnit"})
