"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance:
    """Total balance of one wallet.

    Attributes:
        activate (bool): Whether the wallet is activated.
        balance (str): Total value of the wallet, in the quote asset (BTC by default).
        wallet_name (str): Wallet: Spot, Funding, Cross Margin, Isolated Margin, USDⓈ-M Futures, COIN-M Futures, Earn,
            Options, Trading Bots, …
    """

    activate: bool
    balance: str
    wallet_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate = self.activate

        balance = self.balance

        wallet_name = self.wallet_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate": activate,
                "balance": balance,
                "walletName": wallet_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activate = d.pop("activate")

        balance = d.pop("balance")

        wallet_name = d.pop("walletName")

        _instance = cls(
            activate=activate,
            balance=balance,
            wallet_name=wallet_name,
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
