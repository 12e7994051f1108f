"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletDelegationHistory")


@_attrs_define
class WalletDelegationHistory(AdditionalProperties[Any]):
    """A page of delegation transfers.

    Attributes:
        total (int): Number of transfers matching the query.
        rows (list[WalletDelegationRecord] | Unset): Absent when nothing matched the query.
    """

    total: int
    rows: list[WalletDelegationRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _rows = d.get("rows", UNSET)
        rows: list[WalletDelegationRecord] | Unset = (
            UNSET if _rows is UNSET else [WalletDelegationRecord.from_dict(item) for item in _rows]
        )

        _instance = cls(
            d["total"],
            rows,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_delegation_record import WalletDelegationRecord  # noqa: E402

_WIRE_NAMES = frozenset({"total", "rows"})
