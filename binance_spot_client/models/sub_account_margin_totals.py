"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountMarginTotals")


@_attrs_define
class SubAccountMarginTotals:
    """BTC-valued margin totals of one sub-account.

    Attributes:
        email (str): Email of the sub-account.
        total_asset_of_btc (str): Total assets, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
    """

    email: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        total_asset_of_btc = d.pop("totalAssetOfBtc")

        total_liability_of_btc = d.pop("totalLiabilityOfBtc")

        total_net_asset_of_btc = d.pop("totalNetAssetOfBtc")

        _instance = cls(
            email=email,
            total_asset_of_btc=total_asset_of_btc,
            total_liability_of_btc=total_liability_of_btc,
            total_net_asset_of_btc=total_net_asset_of_btc,
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
