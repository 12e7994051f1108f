"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestIndexInfo")


@_attrs_define
class AutoInvestIndexInfo(AdditionalProperties[Any]):
    """A Binance index that plans can follow.

    Attributes:
        index_id (int): Identifier of the index.
        index_name (str): Name of the index.
        status (str): State of the index, such as `RUNNING`, `REBALANCING` or `PAUSED`.
        asset_allocation (list[AutoInvestIndexAllocation]):
    """

    index_id: int
    index_name: str
    status: str
    asset_allocation: list[AutoInvestIndexAllocation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        index_name = self.index_name

        status = self.status

        asset_allocation = []
        for asset_allocation_item_data in self.asset_allocation:
            asset_allocation_item = asset_allocation_item_data.to_dict()
            asset_allocation.append(asset_allocation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexId": index_id,
                "indexName": index_name,
                "status": status,
                "assetAllocation": asset_allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asset_allocation = [AutoInvestIndexAllocation.from_dict(item) for item in d["assetAllocation"]]

        _instance = cls(
            d["indexId"],
            d["indexName"],
            d["status"],
            asset_allocation,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_index_allocation import AutoInvestIndexAllocation  # noqa: E402

_WIRE_NAMES = frozenset({"indexId", "indexName", "status", "assetAllocation"})
