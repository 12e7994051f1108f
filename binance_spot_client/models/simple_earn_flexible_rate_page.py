"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnFlexibleRatePage")


@_attrs_define
class SimpleEarnFlexibleRatePage(AdditionalProperties[Any]):
    """One page of a flexible product's rate history.

    Attributes:
        rows (list[SimpleEarnFlexibleRate]):
        total (str): Number of rows matching the query over all pages (sent as text).
    """

    rows: list[SimpleEarnFlexibleRate]
    total: str
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
        d = src_dict
        rows = [SimpleEarnFlexibleRate.from_dict(item) for item in d["rows"]]

        _instance = cls(
            rows,
            d["total"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_flexible_rate import SimpleEarnFlexibleRate  # noqa: E402

_WIRE_NAMES = frozenset({"rows", "total"})
