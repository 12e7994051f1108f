"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crypto_loans_stable_repay_record import CryptoLoansStableRepayRecord


T = TypeVar("T", bound="CryptoLoansStableRepayHistory")


@_attrs_define
class CryptoLoansStableRepayHistory:
    """
    Attributes:
        rows (list[CryptoLoansStableRepayRecord]): Repayments of this page.
        total (int): Number of rows over all pages.
    """

    rows: list[CryptoLoansStableRepayRecord]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_loans_stable_repay_record import CryptoLoansStableRepayRecord

        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CryptoLoansStableRepayRecord.from_dict(rows_item_data)

            rows.append(rows_item)

        total = d.pop("total")

        _instance = cls(
            rows=rows,
            total=total,
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
