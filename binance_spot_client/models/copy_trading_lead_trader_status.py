"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CopyTradingLeadTraderStatus")


@_attrs_define
class CopyTradingLeadTraderStatus(AdditionalProperties[Any]):
    """Envelope around the lead trader state.

    Attributes:
        code (str): Result code; `000000` means success.
        message (str): Result message.
        data (CopyTradingLeadTraderState): Lead trader state of the caller.
        success (bool | Unset): Whether the request succeeded.
    """

    code: str
    message: str
    data: CopyTradingLeadTraderState
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = CopyTradingLeadTraderState.from_dict(d["data"])

        _instance = cls(
            d["code"],
            d["message"],
            data,
            d.get("success", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.copy_trading_lead_trader_state import CopyTradingLeadTraderState  # noqa: E402

_WIRE_NAMES = frozenset({"code", "message", "data", "success"})
