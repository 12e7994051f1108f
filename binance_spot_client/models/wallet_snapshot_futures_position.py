"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletSnapshotFuturesPosition")


@_attrs_define
class WalletSnapshotFuturesPosition(AdditionalProperties[Any]):
    """A USDⓈ-M Futures position in a daily snapshot.

    Attributes:
        entry_price (str): Average entry price.
        mark_price (str): Mark price at snapshot time.
        position_amt (str): Position size; negative for a short position.
        symbol (str): Futures symbol.
        un_realized_profit (str): Unrealized profit and loss.
    """

    entry_price: str
    mark_price: str
    position_amt: str
    symbol: str
    un_realized_profit: str
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
    def position_amt_decimal(self) -> Decimal:
        """`position_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.position_amt)

    @property
    def un_realized_profit_decimal(self) -> Decimal:
        """`un_realized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.un_realized_profit)

    def to_dict(self) -> dict[str, Any]:
        entry_price = self.entry_price

        mark_price = self.mark_price

        position_amt = self.position_amt

        symbol = self.symbol

        un_realized_profit = self.un_realized_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryPrice": entry_price,
                "markPrice": mark_price,
                "positionAmt": position_amt,
                "symbol": symbol,
                "unRealizedProfit": un_realized_profit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["entryPrice"],
            d["markPrice"],
            d["positionAmt"],
            d["symbol"],
            d["unRealizedProfit"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"entryPrice", "markPrice", "positionAmt", "symbol", "unRealizedProfit"})
