"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestTargetAsset")


@_attrs_define
class AutoInvestTargetAsset(AdditionalProperties[Any]):
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
        d = src_dict
        roi_and_dimension_type_list = [AutoInvestSimulatedRoi.from_dict(item) for item in d["roiAndDimensionTypeList"]]

        _instance = cls(
            d["targetAsset"],
            roi_and_dimension_type_list,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_simulated_roi import AutoInvestSimulatedRoi  # noqa: E402

_WIRE_NAMES = frozenset({"targetAsset", "roiAndDimensionTypeList"})
