"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountDeliveryPosition")


@_attrs_define
class SubAccountDeliveryPosition(AdditionalProperties[Any]):
    """A COIN-M futures position of a sub-account.

    Attributes:
        entry_price (str): Average entry price.
        mark_price (str): Current mark price.
        leverage (str): Current initial leverage.
        isolated (str): `true` for an isolated position, `false` for cross margin (sent as text).
        isolated_wallet (str): Wallet balance of an isolated position.
        isolated_margin (str): Margin of an isolated position.
        is_auto_add_margin (str): Whether margin is added automatically, as the text `true` or `false`.
        position_side (str): `BOTH` in one-way mode, `LONG` or `SHORT` in hedge mode.
        position_amount (str): Position size in contracts; negative for short positions.
        symbol (str): Delivery or perpetual COIN-M symbol.
        unrealized_profit (str): Unrealized profit or loss.
    """

    entry_price: str
    mark_price: str
    leverage: str
    isolated: str
    isolated_wallet: str
    isolated_margin: str
    is_auto_add_margin: str
    position_side: str
    position_amount: str
    symbol: str
    unrealized_profit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def entry_price_decimal(self) -> Decimal:
        """`entry_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.entry_price)

    @property
    def mark_price_decimal(self) -> Decimal:
        """`mark_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.mark_price)

    @property
    def leverage_decimal(self) -> Decimal:
        """`leverage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.leverage)

    @property
    def isolated_wallet_decimal(self) -> Decimal:
        """`isolated_wallet` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.isolated_wallet)

    @property
    def isolated_margin_decimal(self) -> Decimal:
        """`isolated_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.isolated_margin)

    @property
    def position_amount_decimal(self) -> Decimal:
        """`position_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.position_amount)

    @property
    def unrealized_profit_decimal(self) -> Decimal:
        """`unrealized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.unrealized_profit)

    def to_dict(self) -> dict[str, Any]:
        entry_price = self.entry_price

        mark_price = self.mark_price

        leverage = self.leverage

        isolated = self.isolated

        isolated_wallet = self.isolated_wallet

        isolated_margin = self.isolated_margin

        is_auto_add_margin = self.is_auto_add_margin

        position_side = self.position_side

        position_amount = self.position_amount

        symbol = self.symbol

        unrealized_profit = self.unrealized_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryPrice": entry_price,
                "markPrice": mark_price,
                "leverage": leverage,
                "isolated": isolated,
                "isolatedWallet": isolated_wallet,
                "isolatedMargin": isolated_margin,
                "isAutoAddMargin": is_auto_add_margin,
                "positionSide": position_side,
                "positionAmount": position_amount,
                "symbol": symbol,
                "unrealizedProfit": unrealized_profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["entryPrice"],
            d["markPrice"],
            d["leverage"],
            d["isolated"],
            d["isolatedWallet"],
            d["isolatedMargin"],
            d["isAutoAddMargin"],
            d["positionSide"],
            d["positionAmount"],
            d["symbol"],
            d["unrealizedProfit"],
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "entryPrice",
        "markPrice",
        "leverage",
        "isolated",
        "isolatedWallet",
        "isolatedMargin",
        "isAutoAddMargin",
        "positionSide",
        "positionAmount",
        "symbol",
        "unrealizedProfit",
    }
)
