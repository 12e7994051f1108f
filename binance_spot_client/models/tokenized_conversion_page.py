"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TokenizedConversionPage")


@_attrs_define
class TokenizedConversionPage(AdditionalProperties[Any]):
    """A page of mints and redeems.

    Attributes:
        rows (list[TokenizedConversion]):
        has_more (bool): True when another page follows.
        next_last_id (int | Unset): `lastId` for the next page.
    """

    rows: list[TokenizedConversion]
    has_more: bool
    next_last_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        has_more = self.has_more

        next_last_id = self.next_last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "hasMore": has_more,
            }
        )
        if next_last_id is not UNSET:
            field_dict["nextLastId"] = next_last_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rows = [TokenizedConversion.from_dict(item) for item in d["rows"]]

        _instance = cls(
            rows,
            d["hasMore"],
            d.get("nextLastId", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.tokenized_conversion import TokenizedConversion  # noqa: E402

_WIRE_NAMES = frozenset({"rows", "hasMore", "nextLastId"})
