"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PortfolioMarginBalance")


@_attrs_define
class PortfolioMarginBalance(AdditionalProperties[Any]):
    """Balance of one asset in a portfolio margin pro account.

    Attributes:
        asset (str):
        total_wallet_balance (str): Wallet balance over all products.
        cross_margin_asset (str): Cross margin balance, borrowings included.
        cross_margin_borrowed (str): Cross margin principal borrowed.
        cross_margin_free (str): Cross margin free balance.
        cross_margin_interest (str): Cross margin interest owed.
        cross_margin_locked (str): Cross margin balance held by orders.
        um_wallet_balance (str): USDⓈ-M futures wallet balance.
        um_unrealized_pnl (str): USDⓈ-M futures unrealised profit and loss.
        cm_wallet_balance (str): COIN-M futures wallet balance.
        cm_unrealized_pnl (str): COIN-M futures unrealised profit and loss.
        update_time (int): When the figures were last updated.
        negative_balance (str): Negative balance owed.
        option_wallet_balance (str | Unset): Options wallet balance.
        option_equity (str | Unset): Options equity.
    """

    asset: str
    total_wallet_balance: str
    cross_margin_asset: str
    cross_margin_borrowed: str
    cross_margin_free: str
    cross_margin_interest: str
    cross_margin_locked: str
    um_wallet_balance: str
    um_unrealized_pnl: str
    cm_wallet_balance: str
    cm_unrealized_pnl: str
    update_time: int
    negative_balance: str
    option_wallet_balance: str | Unset = UNSET
    option_equity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_wallet_balance_decimal(self) -> Decimal:
        """`total_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_wallet_balance)

    @property
    def cross_margin_asset_decimal(self) -> Decimal:
        """`cross_margin_asset` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cross_margin_asset)

    @property
    def cross_margin_borrowed_decimal(self) -> Decimal:
        """`cross_margin_borrowed` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cross_margin_borrowed)

    @property
    def cross_margin_free_decimal(self) -> Decimal:
        """`cross_margin_free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cross_margin_free)

    @property
    def cross_margin_interest_decimal(self) -> Decimal:
        """`cross_margin_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cross_margin_interest)

    @property
    def cross_margin_locked_decimal(self) -> Decimal:
        """`cross_margin_locked` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cross_margin_locked)

    @property
    def um_wallet_balance_decimal(self) -> Decimal:
        """`um_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.um_wallet_balance)

    @property
    def um_unrealized_pnl_decimal(self) -> Decimal:
        """`um_unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.um_unrealized_pnl)

    @property
    def cm_wallet_balance_decimal(self) -> Decimal:
        """`cm_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cm_wallet_balance)

    @property
    def cm_unrealized_pnl_decimal(self) -> Decimal:
        """`cm_unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.cm_unrealized_pnl)

    @property
    def negative_balance_decimal(self) -> Decimal:
        """`negative_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.negative_balance)

    @property
    def option_wallet_balance_decimal(self) -> Decimal | Unset:
        """`option_wallet_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.option_wallet_balance, Unset) else Decimal(self.option_wallet_balance)

    @property
    def option_equity_decimal(self) -> Decimal | Unset:
        """`option_equity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.option_equity, Unset) else Decimal(self.option_equity)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        total_wallet_balance = self.total_wallet_balance

        cross_margin_asset = self.cross_margin_asset

        cross_margin_borrowed = self.cross_margin_borrowed

        cross_margin_free = self.cross_margin_free

        cross_margin_interest = self.cross_margin_interest

        cross_margin_locked = self.cross_margin_locked

        um_wallet_balance = self.um_wallet_balance

        um_unrealized_pnl = self.um_unrealized_pnl

        cm_wallet_balance = self.cm_wallet_balance

        cm_unrealized_pnl = self.cm_unrealized_pnl

        update_time = self.update_time

        negative_balance = self.negative_balance

        option_wallet_balance = self.option_wallet_balance

        option_equity = self.option_equity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "totalWalletBalance": total_wallet_balance,
                "crossMarginAsset": cross_margin_asset,
                "crossMarginBorrowed": cross_margin_borrowed,
                "crossMarginFree": cross_margin_free,
                "crossMarginInterest": cross_margin_interest,
                "crossMarginLocked": cross_margin_locked,
                "umWalletBalance": um_wallet_balance,
                "umUnrealizedPNL": um_unrealized_pnl,
                "cmWalletBalance": cm_wallet_balance,
                "cmUnrealizedPNL": cm_unrealized_pnl,
                "updateTime": update_time,
                "negativeBalance": negative_balance,
            }
        )
        if option_wallet_balance is not UNSET:
            field_dict["optionWalletBalance"] = option_wallet_balance
        if option_equity is not UNSET:
            field_dict["optionEquity"] = option_equity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["totalWalletBalance"],
            d["crossMarginAsset"],
            d["crossMarginBorrowed"],
            d["crossMarginFree"],
            d["crossMarginInterest"],
            d["crossMarginLocked"],
            d["umWalletBalance"],
            d["umUnrealizedPNL"],
            d["cmWalletBalance"],
            d["cmUnrealizedPNL"],
            d["updateTime"],
            d["negativeBalance"],
            d.get("optionWalletBalance", UNSET),
            d.get("optionEquity", UNSET),
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "totalWalletBalance",
        "crossMarginAsset",
        "crossMarginBorrowed",
        "crossMarginFree",
        "crossMarginInterest",
        "crossMarginLocked",
        "umWalletBalance",
        "umUnrealizedPNL",
        "cmWalletBalance",
        "cmUnrealizedPNL",
        "updateTime",
        "negativeBalance",
        "optionWalletBalance",
        "optionEquity",
    }
)
