"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AlgoCancelResult")


@_attrs_define
class AlgoCancelResult(AdditionalProperties[Any]):
    """Answer to an algo order cancellation.

    Attributes:
        algo_id (int): Id of the cancelled algo order.
        success (bool): Whether the cancellation succeeded.
        code (int): Result code; 0 on success.
        msg (str): Result message.
    """

    algo_id: int
    success: bool
    code: int
    msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_id = self.algo_id

        success = self.success

        code = self.code

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algoId": algo_id,
                "success": success,
                "code": code,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["algoId"],
            d["success"],
            d["code"],
            d["msg"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"algoId", "success", "code", "msg"})
