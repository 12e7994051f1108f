"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_invest_index_allocation import AutoInvestIndexAllocation


T = TypeVar("T", bound="AutoInvestIndexInfo")


@_attrs_define
class AutoInvestIndexInfo:
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
        from ..models.auto_invest_index_allocation import AutoInvestIndexAllocation

        d = dict(src_dict)
        index_id = d.pop("indexId")

        index_name = d.pop("indexName")

        status = d.pop("status")

        asset_allocation = []
        _asset_allocation = d.pop("assetAllocation")
        for asset_allocation_item_data in _asset_allocation:
            asset_allocation_item = AutoInvestIndexAllocation.from_dict(asset_allocation_item_data)

            asset_allocation.append(asset_allocation_item)

        _instance = cls(
            index_id=index_id,
            index_name=index_name,
            status=status,
            asset_allocation=asset_allocation,
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
