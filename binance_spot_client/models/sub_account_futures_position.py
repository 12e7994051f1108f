"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubAccountFuturesPosition")


@_attrs_define
class SubAccountFuturesPosition:
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
        d = dict(src_dict)
        entry_price = d.pop("entryPrice")

        leverage = d.pop("leverage")

        max_notional = d.pop("maxNotional")

        liquidation_price = d.pop("liquidationPrice")

        mark_price = d.pop("markPrice")

        position_amount = d.pop("positionAmount")

        symbol = d.pop("symbol")

        unrealized_profit = d.pop("unrealizedProfit")

        _instance = cls(
            entry_price=entry_price,
            leverage=leverage,
            max_notional=max_notional,
            liquidation_price=liquidation_price,
            mark_price=mark_price,
            position_amount=position_amount,
            symbol=symbol,
            unrealized_profit=unrealized_profit,
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
