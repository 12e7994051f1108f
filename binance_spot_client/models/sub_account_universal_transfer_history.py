"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountUniversalTransferHistory")


@_attrs_define
class SubAccountUniversalTransferHistory(AdditionalProperties[Any]):
    """Universal transfers and their count.

    Attributes:
        result (list[SubAccountUniversalTransferRecord]):
        total_count (int): Number of transfers matching the query.
    """

    result: list[SubAccountUniversalTransferRecord]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        result = [SubAccountUniversalTransferRecord.from_dict(item) for item in d["result"]]

        _instance = cls(
            result,
            d["totalCount"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_universal_transfer_record import SubAccountUniversalTransferRecord  # noqa: E402

_WIRE_NAMES = frozenset({"result", "totalCount"})
