"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_list_entry import SubAccountListEntry


T = TypeVar("T", bound="SubAccountList")


@_attrs_define
class SubAccountList:
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
        from ..models.sub_account_list_entry import SubAccountListEntry

        d = dict(src_dict)
        sub_accounts = []
        _sub_accounts = d.pop("subAccounts")
        for sub_accounts_item_data in _sub_accounts:
            sub_accounts_item = SubAccountListEntry.from_dict(sub_accounts_item_data)

            sub_accounts.append(sub_accounts_item)

        _instance = cls(
            sub_accounts=sub_accounts,
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
