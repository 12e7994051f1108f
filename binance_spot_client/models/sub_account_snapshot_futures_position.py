"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountSnapshotFuturesPosition")


@_attrs_define
class SubAccountSnapshotFuturesPosition(AdditionalProperties[Any]):
    """A futures position in a snapshot.

    Attributes:
        symbol (str): Futures symbol.
        entry_price (str | Unset): Average entry price.
        mark_price (str | Unset): Mark price at the snapshot.
        position_amt (str | Unset): Position size.
        un_realized_profit (str | Unset): Unrealized profit or loss.
    """

    symbol: str
    entry_price: str | Unset = UNSET
    mark_price: str | Unset = UNSET
    position_amt: str | Unset = UNSET
    un_realized_profit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def entry_price_decimal(self) -> Decimal | Unset:
        """`entry_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.entry_price, Unset) else Decimal(self.entry_price)

    @property
    def mark_price_decimal(self) -> Decimal | Unset:
        """`mark_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.mark_price, Unset) else Decimal(self.mark_price)

    @property
    def position_amt_decimal(self) -> Decimal | Unset:
        """`position_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.position_amt, Unset) else Decimal(self.position_amt)

    @property
    def un_realized_profit_decimal(self) -> Decimal | Unset:
        """`un_realized_profit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.un_realized_profit, Unset) else Decimal(self.un_realized_profit)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        entry_price = self.entry_price

        mark_price = self.mark_price

        position_amt = self.position_amt

        un_realized_profit = self.un_realized_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if entry_price is not UNSET:
            field_dict["entryPrice"] = entry_price
        if mark_price is not UNSET:
            field_dict["markPrice"] = mark_price
        if position_amt is not UNSET:
            field_dict["positionAmt"] = position_amt
        if un_realized_profit is not UNSET:
            field_dict["unRealizedProfit"] = un_realized_profit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d.get("entryPrice", UNSET),
            d.get("markPrice", UNSET),
            d.get("positionAmt", UNSET),
            d.get("unRealizedProfit", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "entryPrice", "markPrice", "positionAmt", "unRealizedProfit"})
