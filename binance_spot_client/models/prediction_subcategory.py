"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionSubcategory")


@_attrs_define
class PredictionSubcategory(AdditionalProperties[Any]):
    """A second-level category of prediction markets.

    Attributes:
        id (str): Key of the category, used as `l2Category`.
        name (str): Display name.
        icon (str): Icon of the category.
        order (int): Position in the display order.
    """

    id: str
    name: str
    icon: str
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        icon = self.icon

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "icon": icon,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["name"],
            d["icon"],
            d["order"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "name", "icon", "order"})
