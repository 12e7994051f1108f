"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningHashrateResaleDayPage")


@_attrs_define
class MiningHashrateResaleDayPage(AdditionalProperties[Any]):
    """
    Attributes:
        profit_transfer_details (list[MiningHashrateResaleDay]): Days of this page.
        total_num (int): Number of rows over all pages.
        page_size (int): Rows per page of this answer.
    """

    profit_transfer_details: list[MiningHashrateResaleDay]
    total_num: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profit_transfer_details = []
        for profit_transfer_details_item_data in self.profit_transfer_details:
            profit_transfer_details_item = profit_transfer_details_item_data.to_dict()
            profit_transfer_details.append(profit_transfer_details_item)

        total_num = self.total_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profitTransferDetails": profit_transfer_details,
                "totalNum": total_num,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        profit_transfer_details = [MiningHashrateResaleDay.from_dict(item) for item in d["profitTransferDetails"]]

        _instance = cls(
            profit_transfer_details,
            d["totalNum"],
            d["pageSize"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_hashrate_resale_day import MiningHashrateResaleDay  # noqa: E402

_WIRE_NAMES = frozenset({"profitTransferDetails", "totalNum", "pageSize"})
