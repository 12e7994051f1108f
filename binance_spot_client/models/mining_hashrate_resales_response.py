"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mining_hashrate_resale_page import MiningHashrateResalePage


T = TypeVar("T", bound="MiningHashrateResalesResponse")


@_attrs_define
class MiningHashrateResalesResponse:
    """
    Attributes:
        code (int): Result code; 0 when the request succeeded.
        msg (str): Result message; empty on success.
        data (MiningHashrateResalePage):
    """

    code: int
    msg: str
    data: MiningHashrateResalePage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mining_hashrate_resale_page import MiningHashrateResalePage

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        data = MiningHashrateResalePage.from_dict(d.pop("data"))

        _instance = cls(
            code=code,
            msg=msg,
            data=data,
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
