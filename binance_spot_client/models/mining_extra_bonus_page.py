"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningExtraBonusPage")


@_attrs_define
class MiningExtraBonusPage(AdditionalProperties[Any]):
    """
    Attributes:
        other_profits (list[MiningExtraBonus]): Bonuses of this page.
        total_num (int): Number of rows over all pages.
        page_size (int): Rows per page of this answer.
    """

    other_profits: list[MiningExtraBonus]
    total_num: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_profits = []
        for other_profits_item_data in self.other_profits:
            other_profits_item = other_profits_item_data.to_dict()
            other_profits.append(other_profits_item)

        total_num = self.total_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otherProfits": other_profits,
                "totalNum": total_num,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        other_profits = [MiningExtraBonus.from_dict(item) for item in d["otherProfits"]]

        _instance = cls(
            other_profits,
            d["totalNum"],
            d["pageSize"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_extra_bonus import MiningExtraBonus  # noqa: E402

_WIRE_NAMES = frozenset({"otherProfits", "totalNum", "pageSize"})
