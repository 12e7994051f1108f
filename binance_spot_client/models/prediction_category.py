"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionCategory")


@_attrs_define
class PredictionCategory(AdditionalProperties[Any]):
    """A top-level category of prediction markets with its subcategories.

    Attributes:
        id (str): Key of the category, used as `l1Category`.
        name (str): Display name.
        icon (str): Icon of the category.
        order (int): Position in the display order.
        subcategories (list[PredictionSubcategory]):
    """

    id: str
    name: str
    icon: str
    order: int
    subcategories: list[PredictionSubcategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        icon = self.icon

        order = self.order

        subcategories = []
        for subcategories_item_data in self.subcategories:
            subcategories_item = subcategories_item_data.to_dict()
            subcategories.append(subcategories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "icon": icon,
                "order": order,
                "subcategories": subcategories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        subcategories = [PredictionSubcategory.from_dict(item) for item in d["subcategories"]]

        _instance = cls(
            d["id"],
            d["name"],
            d["icon"],
            d["order"],
            subcategories,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_subcategory import PredictionSubcategory  # noqa: E402

_WIRE_NAMES = frozenset({"id", "name", "icon", "order", "subcategories"})
