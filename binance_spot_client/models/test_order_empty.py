"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TestOrderEmpty")


@_attrs_define
class TestOrderEmpty:
    """Answer of a test order sent without `computeCommissionRates`: an empty object, meaning the order passed validation."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _instance = cls()
        return _instance
