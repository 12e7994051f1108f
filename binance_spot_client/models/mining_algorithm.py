"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningAlgorithm")


@_attrs_define
class MiningAlgorithm(AdditionalProperties[Any]):
    """
    Attributes:
        algo_name (str): Algorithm name, the value other mining operations take as `algo`.
        algo_id (int): Binance's id of the algorithm.
        pool_index (int): Position of the algorithm in Binance Pool's ordering.
        unit (str): Unit its hashrates are given in (for example `h/s`).
    """

    algo_name: str
    algo_id: int
    pool_index: int
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_name = self.algo_name

        algo_id = self.algo_id

        pool_index = self.pool_index

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algoName": algo_name,
                "algoId": algo_id,
                "poolIndex": pool_index,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["algoName"],
            d["algoId"],
            d["poolIndex"],
            d["unit"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"algoName", "algoId", "poolIndex", "unit"})
