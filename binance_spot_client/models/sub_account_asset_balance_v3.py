"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountAssetBalanceV3")


@_attrs_define
class SubAccountAssetBalanceV3(AdditionalProperties[Any]):
    """A spot balance, amounts as JSON numbers.

    Attributes:
        asset (str): Asset.
        free (float): Available amount.
        locked (float): Amount locked in open orders.
        freeze (float | Unset): Frozen amount (current documentation).
        withdrawing (float | Unset): Amount being withdrawn (current documentation).
    """

    asset: str
    free: float
    locked: float
    freeze: float | Unset = UNSET
    withdrawing: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        free = self.free

        locked = self.locked

        freeze = self.freeze

        withdrawing = self.withdrawing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "free": free,
                "locked": locked,
            }
        )
        if freeze is not UNSET:
            field_dict["freeze"] = freeze
        if withdrawing is not UNSET:
            field_dict["withdrawing"] = withdrawing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["free"],
            d["locked"],
            d.get("freeze", UNSET),
            d.get("withdrawing", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "free", "locked", "freeze", "withdrawing"})
