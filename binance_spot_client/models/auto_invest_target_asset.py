"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_invest_simulated_roi import AutoInvestSimulatedRoi


T = TypeVar("T", bound="AutoInvestTargetAsset")


@_attrs_define
class AutoInvestTargetAsset:
    """A target asset with its simulated returns.

    Attributes:
        target_asset (str): Asset that plans can buy.
        roi_and_dimension_type_list (list[AutoInvestSimulatedRoi]): Simulated returns over several periods.
    """

    target_asset: str
    roi_and_dimension_type_list: list[AutoInvestSimulatedRoi]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_asset = self.target_asset

        roi_and_dimension_type_list = []
        for roi_and_dimension_type_list_item_data in self.roi_and_dimension_type_list:
            roi_and_dimension_type_list_item = roi_and_dimension_type_list_item_data.to_dict()
            roi_and_dimension_type_list.append(roi_and_dimension_type_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAsset": target_asset,
                "roiAndDimensionTypeList": roi_and_dimension_type_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_invest_simulated_roi import AutoInvestSimulatedRoi

        d = dict(src_dict)
        target_asset = d.pop("targetAsset")

        roi_and_dimension_type_list = []
        _roi_and_dimension_type_list = d.pop("roiAndDimensionTypeList")
        for roi_and_dimension_type_list_item_data in _roi_and_dimension_type_list:
            roi_and_dimension_type_list_item = AutoInvestSimulatedRoi.from_dict(roi_and_dimension_type_list_item_data)

            roi_and_dimension_type_list.append(roi_and_dimension_type_list_item)

        _instance = cls(
            target_asset=target_asset,
            roi_and_dimension_type_list=roi_and_dimension_type_list,
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
