"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginAsset")


@_attrs_define
class MarginAsset(AdditionalProperties[Any]):
    """An asset of margin trading.

    Attributes:
        asset_full_name (str): Long name of the asset.
        asset_name (str): Asset code.
        is_borrowable (bool): Whether the asset can be borrowed.
        is_mortgageable (bool): Whether the asset counts as collateral.
        user_min_borrow (str): Smallest amount that can be borrowed.
        user_min_repay (str): Smallest amount that can be repaid.
        delist_time (int | Unset): When the asset leaves margin trading; present only for assets scheduled for
            delisting.
    """

    asset_full_name: str
    asset_name: str
    is_borrowable: bool
    is_mortgageable: bool
    user_min_borrow: str
    user_min_repay: str
    delist_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def user_min_borrow_decimal(self) -> Decimal:
        """`user_min_borrow` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.user_min_borrow)

    @property
    def user_min_repay_decimal(self) -> Decimal:
        """`user_min_repay` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.user_min_repay)

    def to_dict(self) -> dict[str, Any]:
        asset_full_name = self.asset_full_name

        asset_name = self.asset_name

        is_borrowable = self.is_borrowable

        is_mortgageable = self.is_mortgageable

        user_min_borrow = self.user_min_borrow

        user_min_repay = self.user_min_repay

        delist_time = self.delist_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetFullName": asset_full_name,
                "assetName": asset_name,
                "isBorrowable": is_borrowable,
                "isMortgageable": is_mortgageable,
                "userMinBorrow": user_min_borrow,
                "userMinRepay": user_min_repay,
            }
        )
        if delist_time is not UNSET:
            field_dict["delistTime"] = delist_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["assetFullName"],
            d["assetName"],
            d["isBorrowable"],
            d["isMortgageable"],
            d["userMinBorrow"],
            d["userMinRepay"],
            d.get("delistTime", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"assetFullName", "assetName", "isBorrowable", "isMortgageable", "userMinBorrow", "userMinRepay", "delistTime"}
)
