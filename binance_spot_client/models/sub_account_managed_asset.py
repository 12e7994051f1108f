"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedAsset")


@_attrs_define
class SubAccountManagedAsset(AdditionalProperties[Any]):
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

    @property
    def total_balance_decimal(self) -> Decimal:
        """`total_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_balance)

    @property
    def available_balance_decimal(self) -> Decimal:
        """`available_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.available_balance)

    @property
    def in_order_decimal(self) -> Decimal:
        """`in_order` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.in_order)

    @property
    def btc_value_decimal(self) -> Decimal:
        """`btc_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.btc_value)

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
        d = src_dict

        _instance = cls(
            d["coin"],
            d["name"],
            d["totalBalance"],
            d["availableBalance"],
            d["inOrder"],
            d["btcValue"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "name", "totalBalance", "availableBalance", "inOrder", "btcValue"})
