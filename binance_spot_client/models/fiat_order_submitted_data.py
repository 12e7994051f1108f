"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FiatOrderSubmittedData")


@_attrs_define
class FiatOrderSubmittedData:
    """Reference to a fiat order just opened.

    Attributes:
        order_id (str): Id of the order; pass it as `orderNo` to the fiat order detail.
    """

    order_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
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


_WIRE_NAMES = frozenset({"orderId"})
