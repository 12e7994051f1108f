"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedTransferLog")


@_attrs_define
class SubAccountManagedTransferLog(AdditionalProperties[Any]):
    """Transfers of a managed sub-account.

    Attributes:
        manager_sub_transfer_history_vos (list[SubAccountManagedTransfer]):
        count (int): Number of transfers matching the query.
    """

    manager_sub_transfer_history_vos: list[SubAccountManagedTransfer]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        manager_sub_transfer_history_vos = []
        for manager_sub_transfer_history_vos_item_data in self.manager_sub_transfer_history_vos:
            manager_sub_transfer_history_vos_item = manager_sub_transfer_history_vos_item_data.to_dict()
            manager_sub_transfer_history_vos.append(manager_sub_transfer_history_vos_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managerSubTransferHistoryVos": manager_sub_transfer_history_vos,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        manager_sub_transfer_history_vos = [
            SubAccountManagedTransfer.from_dict(item) for item in d["managerSubTransferHistoryVos"]
        ]

        _instance = cls(
            manager_sub_transfer_history_vos,
            d["count"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_managed_transfer import SubAccountManagedTransfer  # noqa: E402

_WIRE_NAMES = frozenset({"managerSubTransferHistoryVos", "count"})
