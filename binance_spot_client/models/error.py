"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="Error")


@_attrs_define
class Error(AdditionalProperties[Any]):
    """Body Binance returns with a failed request: a numeric code (see `ErrorCode` for the documented ones) and a human-
    readable message whose wording may change.

        Example:
            {'code': -1121, 'msg': 'Invalid symbol.'}

        Attributes:
            code (int): Negative error code; documented values are listed in `ErrorCode`, others may appear.
            msg (str): Explanation of the failure; match on `code`, not on this text.
    """

    code: int
    msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["code"],
            d["msg"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"code", "msg"})
