"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_price_calculation_type import ReferencePriceCalculationType
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ReferencePriceCalculation")


@_attrs_define
class ReferencePriceCalculation(AdditionalProperties[Any]):
    """How a symbol's reference price is calculated. The other fields depend on `calculationType`.

    Attributes:
        symbol (str): The trading pair.
        calculation_type (ReferencePriceCalculationType): How a reference price is produced: `ARITHMETIC_MEAN` by the
            matching engine averaging over time buckets, `EXTERNAL` by a calculation outside the matching engine.
        bucket_count (int | Unset): Number of time buckets averaged. Present with `ARITHMETIC_MEAN`.
        bucket_width_ms (int | Unset): Width of each bucket, in milliseconds. Present with `ARITHMETIC_MEAN`.
        external_calculation_id (int | Unset): Id of the external calculation. Present with `EXTERNAL`.
    """

    symbol: str
    calculation_type: ReferencePriceCalculationType
    bucket_count: int | Unset = UNSET
    bucket_width_ms: int | Unset = UNSET
    external_calculation_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        calculation_type = self.calculation_type.value

        bucket_count = self.bucket_count

        bucket_width_ms = self.bucket_width_ms

        external_calculation_id = self.external_calculation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "calculationType": calculation_type,
            }
        )
        if bucket_count is not UNSET:
            field_dict["bucketCount"] = bucket_count
        if bucket_width_ms is not UNSET:
            field_dict["bucketWidthMs"] = bucket_width_ms
        if external_calculation_id is not UNSET:
            field_dict["externalCalculationId"] = external_calculation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        calculation_type = _REFERENCE_PRICE_CALCULATION_TYPE.get(d["calculationType"]) or ReferencePriceCalculationType(
            d["calculationType"]
        )

        _instance = cls(
            d["symbol"],
            calculation_type,
            d.get("bucketCount", UNSET),
            d.get("bucketWidthMs", UNSET),
            d.get("externalCalculationId", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_REFERENCE_PRICE_CALCULATION_TYPE: dict[object, ReferencePriceCalculationType] = {
    member.value: member for member in ReferencePriceCalculationType
}

_WIRE_NAMES = frozenset({"symbol", "calculationType", "bucketCount", "bucketWidthMs", "externalCalculationId"})
