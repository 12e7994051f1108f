"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningAccountEarningPage")


@_attrs_define
class MiningAccountEarningPage(AdditionalProperties[Any]):
    """
    Attributes:
        account_profits (list[MiningAccountEarning]): Earnings of this page.
        total_num (int): Number of rows over all pages.
        page_size (int): Rows per page of this answer.
    """

    account_profits: list[MiningAccountEarning]
    total_num: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_profits = []
        for account_profits_item_data in self.account_profits:
            account_profits_item = account_profits_item_data.to_dict()
            account_profits.append(account_profits_item)

        total_num = self.total_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountProfits": account_profits,
                "totalNum": total_num,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        account_profits = [MiningAccountEarning.from_dict(item) for item in d["accountProfits"]]

        _instance = cls(
            account_profits,
            d["totalNum"],
            d["pageSize"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_account_earning import MiningAccountEarning  # noqa: E402

_WIRE_NAMES = frozenset({"accountProfits", "totalNum", "pageSize"})
