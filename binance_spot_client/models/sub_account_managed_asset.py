"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountManagedAsset")


@_attrs_define
class SubAccountManagedAsset:
    """An asset of a managed sub-account.

    Attributes:
        coin (str): Coin.
        name (str): Full name of the coin.
        total_balance (str): Total amount.
        available_balance (str): Available amount.
        in_order (str): Amount locked in open orders.
        btc_value (str): Value of the total amount, in BTC.
    """

    coin: str
    name: str
    total_balance: str
    available_balance: str
    in_order: str
    btc_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        name = self.name

        total_balance = self.total_balance

        available_balance = self.available_balance

        in_order = self.in_order

        btc_value = self.btc_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "name": name,
                "totalBalance": total_balance,
                "availableBalance": available_balance,
                "inOrder": in_order,
                "btcValue": btc_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        name = d.pop("name")

        total_balance = d.pop("totalBalance")

        available_balance = d.pop("availableBalance")

        in_order = d.pop("inOrder")

        btc_value = d.pop("btcValue")

        _instance = cls(
            coin=coin,
            name=name,
            total_balance=total_balance,
            available_balance=available_balance,
            in_order=in_order,
            btc_value=btc_value,
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
