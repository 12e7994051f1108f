"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesPosition")


@_attrs_define
class SubAccountFuturesPosition(AdditionalProperties[Any]):
    """A USDⓈ-M futures position of a sub-account.

    Attributes:
        entry_price (str): Average entry price.
        leverage (str): Current initial leverage.
        max_notional (str): Largest notional value allowed at the current leverage.
        liquidation_price (str): Estimated liquidation price.
        mark_price (str): Current mark price.
        position_amount (str): Position size; negative for short positions.
        symbol (str): Futures symbol.
        unrealized_profit (str): Unrealized profit or loss.
    """

    entry_price: str
    leverage: str
    max_notional: str
    liquidation_price: str
    mark_price: str
    position_amount: str
    symbol: str
    unrealized_profit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def entry_price_decimal(self) -> Decimal:
        """`entry_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.entry_price)

    @property
    def leverage_decimal(self) -> Decimal:
        """`leverage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.leverage)

    @property
    def max_notional_decimal(self) -> Decimal:
        """`max_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_notional)

    @property
    def liquidation_price_decimal(self) -> Decimal:
        """`liquidation_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_price)

    @property
    def mark_price_decimal(self) -> Decimal:
        """`mark_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.mark_price)

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

        leverage = self.leverage

        max_notional = self.max_notional

        liquidation_price = self.liquidation_price

        mark_price = self.mark_price

        position_amount = self.position_amount

        symbol = self.symbol

        unrealized_profit = self.unrealized_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryPrice": entry_price,
                "leverage": leverage,
                "maxNotional": max_notional,
                "liquidationPrice": liquidation_price,
                "markPrice": mark_price,
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
            d["leverage"],
            d["maxNotional"],
            d["liquidationPrice"],
            d["markPrice"],
            d["positionAmount"],
            d["symbol"],
            d["unrealizedProfit"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "entryPrice",
        "leverage",
        "maxNotional",
        "liquidationPrice",
        "markPrice",
        "positionAmount",
        "symbol",
        "unrealizedProfit",
    }
)
