"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginPair")


@_attrs_define
class MarginPair(AdditionalProperties[Any]):
    """A cross margin trading pair.

    Attributes:
        base (str): Base asset.
        id (int): Binance's id of the pair.
        is_buy_allowed (bool): Whether buy orders are accepted.
        is_margin_trade (bool): Whether the pair is open for margin trading.
        is_sell_allowed (bool): Whether sell orders are accepted.
        quote (str): Quote asset.
        symbol (str):
        delist_time (int | Unset): When the pair leaves margin trading; present only for pairs scheduled for delisting.
    """

    base: str
    id: int
    is_buy_allowed: bool
    is_margin_trade: bool
    is_sell_allowed: bool
    quote: str
    symbol: str
    delist_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        id = self.id

        is_buy_allowed = self.is_buy_allowed

        is_margin_trade = self.is_margin_trade

        is_sell_allowed = self.is_sell_allowed

        quote = self.quote

        symbol = self.symbol

        delist_time = self.delist_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "id": id,
                "isBuyAllowed": is_buy_allowed,
                "isMarginTrade": is_margin_trade,
                "isSellAllowed": is_sell_allowed,
                "quote": quote,
                "symbol": symbol,
            }
        )
        if delist_time is not UNSET:
            field_dict["delistTime"] = delist_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["base"],
            d["id"],
            d["isBuyAllowed"],
            d["isMarginTrade"],
            d["isSellAllowed"],
            d["quote"],
            d["symbol"],
            d.get("delistTime", UNSET),
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"base", "id", "isBuyAllowed", "isMarginTrade", "isSellAllowed", "quote", "symbol", "delistTime"}
)
