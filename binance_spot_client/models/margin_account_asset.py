"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginAccountAsset")


@_attrs_define
class MarginAccountAsset(AdditionalProperties[Any]):
    """Balance of one asset in the cross margin account.

    Attributes:
        asset (str):
        borrowed (str): Amount borrowed.
        free (str): Amount available.
        interest (str): Interest owed.
        locked (str): Amount held by open orders.
        net_asset (str): Free plus locked, minus borrowed and interest.
    """

    asset: str
    borrowed: str
    free: str
    interest: str
    locked: str
    net_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def borrowed_decimal(self) -> Decimal:
        """`borrowed` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrowed)

    @property
    def free_decimal(self) -> Decimal:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free)

    @property
    def interest_decimal(self) -> Decimal:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest)

    @property
    def locked_decimal(self) -> Decimal:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.locked)

    @property
    def net_asset_decimal(self) -> Decimal:
        """`net_asset` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.net_asset)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        borrowed = self.borrowed

        free = self.free

        interest = self.interest

        locked = self.locked

        net_asset = self.net_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "borrowed": borrowed,
                "free": free,
                "interest": interest,
                "locked": locked,
                "netAsset": net_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["borrowed"],
            d["free"],
            d["interest"],
            d["locked"],
            d["netAsset"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "borrowed", "free", "interest", "locked", "netAsset"})
