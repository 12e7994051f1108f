"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="TokenizedConversionUnknown")


@_attrs_define
class TokenizedConversionUnknown(AdditionalProperties[Any]):
    """An empty object: Binance knows no such request of the caller."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _instance = cls()
        if src_dict:
            _instance.additional_properties = {key: value for key, value in src_dict.items()}
        return _instance
