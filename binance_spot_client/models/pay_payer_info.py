"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="PayPayerInfo")


@_attrs_define
class PayPayerInfo(AdditionalProperties[Any]):
    """Who paid.

    Attributes:
        name (str): Nickname or merchant name.
        type (str): `USER` or `MERCHANT`.
        binance_id (str | Unset): Binance user id.
        account_id (str | Unset): Binance Pay account id.
    """

    name: str
    type: str
    binance_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type = self.type

        binance_id = self.binance_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if binance_id is not UNSET:
            field_dict["binanceId"] = binance_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["name"],
            d["type"],
            d.get("binanceId", UNSET),
            d.get("accountId", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"name", "type", "binanceId", "accountId"})
