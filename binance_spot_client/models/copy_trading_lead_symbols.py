"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.copy_trading_lead_symbol import CopyTradingLeadSymbol


T = TypeVar("T", bound="CopyTradingLeadSymbols")


@_attrs_define
class CopyTradingLeadSymbols:
    """Envelope around the lead trading symbol whitelist.

    Attributes:
        code (str): Result code; `000000` means success.
        message (str): Result message.
        data (list[CopyTradingLeadSymbol]):
        success (bool | Unset): Whether the request succeeded; not shown in every documented answer.
    """

    code: str
    message: str
    data: list[CopyTradingLeadSymbol]
    success: bool | Unset = UNSET
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
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.copy_trading_lead_symbol import CopyTradingLeadSymbol

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CopyTradingLeadSymbol.from_dict(data_item_data)

            data.append(data_item)

        success = d.pop("success", UNSET)

        _instance = cls(
            code=code,
            message=message,
            data=data,
            success=success,
        )

        _instance.additional_properties = d
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
