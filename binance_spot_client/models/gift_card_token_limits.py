"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="GiftCardTokenLimits")


@_attrs_define
class GiftCardTokenLimits(AdditionalProperties[Any]):
    """Payment limits of dual-token gift cards.

    Attributes:
        code (str): `000000` on success.
        message (str): `success` on success.
        data (list[GiftCardTokenLimit]): One entry per redeemable token.
        success (bool): Whether the request succeeded.
    """

    code: str
    message: str
    data: list[GiftCardTokenLimit]
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [GiftCardTokenLimit.from_dict(item) for item in d["data"]]

        _instance = cls(
            d["code"],
            d["message"],
            data,
            d["success"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.gift_card_token_limit import GiftCardTokenLimit  # noqa: E402

_WIRE_NAMES = frozenset({"code", "message", "data", "success"})
