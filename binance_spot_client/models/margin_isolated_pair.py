"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginIsolatedPair")


@_attrs_define
class MarginIsolatedPair(AdditionalProperties[Any]):
    """An isolated margin trading pair.

    Attributes:
        symbol (str):
        base (str): Base asset.
        quote (str): Quote asset.
        is_margin_trade (bool): Whether the pair is open for margin trading.
        is_buy_allowed (bool): Whether buy orders are accepted.
        is_sell_allowed (bool): Whether sell orders are accepted.
        delist_time (int | Unset): When the pair leaves isolated margin; present only for pairs scheduled for delisting.
    """

    symbol: str
    base: str
    quote: str
    is_margin_trade: bool
    is_buy_allowed: bool
    is_sell_allowed: bool
    delist_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        base = self.base

        quote = self.quote

        is_margin_trade = self.is_margin_trade

        is_buy_allowed = self.is_buy_allowed

        is_sell_allowed = self.is_sell_allowed

        delist_time = self.delist_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "base": base,
                "quote": quote,
                "isMarginTrade": is_margin_trade,
                "isBuyAllowed": is_buy_allowed,
                "isSellAllowed": is_sell_allowed,
            }
        )
        if delist_time is not UNSET:
            field_dict["delistTime"] = delist_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["base"],
            d["quote"],
            d["isMarginTrade"],
            d["isBuyAllowed"],
            d["isSellAllowed"],
            d.get("delistTime", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "base", "quote", "isMarginTrade", "isBuyAllowed", "isSellAllowed", "delistTime"})
