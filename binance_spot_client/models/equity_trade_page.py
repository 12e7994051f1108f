"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="EquityTradePage")


@_attrs_define
class EquityTradePage(AdditionalProperties[Any]):
    """A page of US equity executions.

    Attributes:
        total (int): Executions matching the query.
        page (int):
        size (int):
        rows (list[EquityTrade]):
    """

    total: int
    page: int
    size: int
    rows: list[EquityTrade]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        size = self.size

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "size": size,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = [EquityTrade.from_dict(item) for item in d["rows"]]

        _instance = cls(
            d["total"],
            d["page"],
            d["size"],
            rows,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.equity_trade import EquityTrade  # noqa: E402

_WIRE_NAMES = frozenset({"total", "page", "size", "rows"})
