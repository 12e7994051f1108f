"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletSnapshotMarginAsset")


@_attrs_define
class WalletSnapshotMarginAsset:
    """A cross margin asset in a daily snapshot.

    Attributes:
        asset (str):
        borrowed (str): Amount borrowed.
        free (str): Available amount.
        interest (str): Interest owed.
        locked (str): Amount locked in orders.
        net_asset (str): Net amount: holdings minus borrowed and interest.
    """

    asset: str
    borrowed: str
    free: str
    interest: str
    locked: str
    net_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        asset = d.pop("asset")

        borrowed = d.pop("borrowed")

        free = d.pop("free")

        interest = d.pop("interest")

        locked = d.pop("locked")

        net_asset = d.pop("netAsset")

        _instance = cls(
            asset=asset,
            borrowed=borrowed,
            free=free,
            interest=interest,
            locked=locked,
            net_asset=net_asset,
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
