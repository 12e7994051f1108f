"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dual_investment_position import DualInvestmentPosition


T = TypeVar("T", bound="DualInvestmentPositionPage")


@_attrs_define
class DualInvestmentPositionPage:
    """One page of Dual Investment positions.

    Attributes:
        total (int): Number of positions matching over all pages.
        list_ (list[DualInvestmentPosition]):
    """

    total: int
    list_: list[DualInvestmentPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dual_investment_position import DualInvestmentPosition

        d = dict(src_dict)
        total = d.pop("total")

        list_ = []
        _list_ = d.pop("list")
        for list_item_data in _list_:
            list_item = DualInvestmentPosition.from_dict(list_item_data)

            list_.append(list_item)

        _instance = cls(
            total=total,
            list_=list_,
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
