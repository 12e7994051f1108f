"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance(AdditionalProperties[Any]):
    """Total balance of one wallet.

    Attributes:
        activate (bool): Whether the wallet is activated.
        balance (str): Total value of the wallet, in the quote asset (BTC by default).
        wallet_name (str): Wallet: Spot, Funding, Cross Margin, Isolated Margin, USDⓈ-M Futures, COIN-M Futures, Earn,
            Options, Trading Bots, …
        asset_balances (list[WalletAssetBalance] | Unset): The wallet's assets; only when `needBalanceDetail` is true.
    """

    activate: bool
    balance: str
    wallet_name: str
    asset_balances: list[WalletAssetBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def balance_decimal(self) -> Decimal:
        """`balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.balance)

    def to_dict(self) -> dict[str, Any]:
        activate = self.activate

        balance = self.balance

        wallet_name = self.wallet_name

        asset_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_balances, Unset):
            asset_balances = []
            for asset_balances_item_data in self.asset_balances:
                asset_balances_item = asset_balances_item_data.to_dict()
                asset_balances.append(asset_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activate": activate,
                "balance": balance,
                "walletName": wallet_name,
            }
        )
        if asset_balances is not UNSET:
            field_dict["assetBalances"] = asset_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _asset_balances = d.get("assetBalances", UNSET)
        asset_balances: list[WalletAssetBalance] | Unset = (
            UNSET if _asset_balances is UNSET else [WalletAssetBalance.from_dict(item) for item in _asset_balances]
        )

        _instance = cls(
            d["activate"],
            d["balance"],
            d["walletName"],
            asset_balances,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_asset_balance import WalletAssetBalance  # noqa: E402

_WIRE_NAMES = frozenset({"activate", "balance", "walletName", "assetBalances"})
