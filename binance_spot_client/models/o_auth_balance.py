"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthBalance")


@_attrs_define
class OAuthBalance(AdditionalProperties[Any]):
    """
    Attributes:
        asset (str):
        free (str):
        locked (str | Unset):
        freeze (str | Unset):
        withdrawing (str | Unset):
    """

    asset: str
    free: str
    locked: str | Unset = UNSET
    freeze: str | Unset = UNSET
    withdrawing: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_decimal(self) -> Decimal:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free)

    @property
    def locked_decimal(self) -> Decimal | Unset:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.locked, Unset) else Decimal(self.locked)

    @property
    def freeze_decimal(self) -> Decimal | Unset:
        """`freeze` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.freeze, Unset) else Decimal(self.freeze)

    @property
    def withdrawing_decimal(self) -> Decimal | Unset:
        """`withdrawing` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.withdrawing, Unset) else Decimal(self.withdrawing)

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
            }
        )
        if locked is not UNSET:
            field_dict["locked"] = locked
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
            d.get("locked", UNSET),
            d.get("freeze", UNSET),
            d.get("withdrawing", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "free", "locked", "freeze", "withdrawing"})
