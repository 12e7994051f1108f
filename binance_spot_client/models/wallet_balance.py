"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance(AdditionalProperties[Any]):
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

    @property
    def balance_decimal(self) -> Decimal:
        """`balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.balance)

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
        d = src_dict

        _instance = cls(
            d["activate"],
            d["balance"],
            d["walletName"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"activate", "balance", "walletName"})
