"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertConfirmResponse")


@_attrs_define
class OAuthConvertConfirmResponse(AdditionalProperties[Any]):
    """
    Attributes:
        code (str):
        data (OAuthConvertConfirm): Amounts, fee and price here are JSON numbers, not strings.
        success (bool):
        message (None | str | Unset):
    """

    code: str
    data: OAuthConvertConfirm
    success: bool
    message: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = self.data.to_dict()

        success = self.success

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = OAuthConvertConfirm.from_dict(d["data"])
        _message = d.get("message", UNSET)
        message: str | Unset | None = UNSET if _message is UNSET else _parse_message(_message)

        _instance = cls(
            d["code"],
            data,
            d["success"],
            message,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.o_auth_convert_confirm import OAuthConvertConfirm  # noqa: E402


def _parse_message(data: object) -> str | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_WIRE_NAMES = frozenset({"code", "data", "success", "message"})
