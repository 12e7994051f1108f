"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountList")


@_attrs_define
class SubAccountList(AdditionalProperties[Any]):
    """A page of sub-accounts.

    Attributes:
        sub_accounts (list[SubAccountListEntry]):
    """

    sub_accounts: list[SubAccountListEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_accounts = []
        for sub_accounts_item_data in self.sub_accounts:
            sub_accounts_item = sub_accounts_item_data.to_dict()
            sub_accounts.append(sub_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subAccounts": sub_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sub_accounts = [SubAccountListEntry.from_dict(item) for item in d["subAccounts"]]

        _instance = cls(
            sub_accounts,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_list_entry import SubAccountListEntry  # noqa: E402

_WIRE_NAMES = frozenset({"subAccounts"})
