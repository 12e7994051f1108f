"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="PredictionVariantData")


@_attrs_define
class PredictionVariantData(AdditionalProperties[Any]):
    """Facts specific to the kind of topic; for an up-or-down topic, its prices and price feed.

    Attributes:
        type (str): Kind of topic the facts describe, e.g. `CRYPTO_UP_DOWN`.
        start_price (str | Unset): Price at the start of the window.
        end_price (None | str | Unset): Price at the end of the window; null until it ends.
        price_feed_id (str | Unset): Identifier of the price feed.
        price_feed_provider (str | Unset): Who provides the price feed.
        price_feed_symbol (str | Unset): Symbol the price feed follows.
    """

    type: str
    start_price: str | Unset = UNSET
    end_price: str | Unset | None = UNSET
    price_feed_id: str | Unset = UNSET
    price_feed_provider: str | Unset = UNSET
    price_feed_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def start_price_decimal(self) -> Decimal | Unset:
        """`start_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.start_price, Unset) else Decimal(self.start_price)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        start_price = self.start_price

        end_price: str | Unset | None
        if isinstance(self.end_price, Unset):
            end_price = UNSET
        else:
            end_price = self.end_price

        price_feed_id = self.price_feed_id

        price_feed_provider = self.price_feed_provider

        price_feed_symbol = self.price_feed_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if start_price is not UNSET:
            field_dict["startPrice"] = start_price
        if end_price is not UNSET:
            field_dict["endPrice"] = end_price
        if price_feed_id is not UNSET:
            field_dict["priceFeedId"] = price_feed_id
        if price_feed_provider is not UNSET:
            field_dict["priceFeedProvider"] = price_feed_provider
        if price_feed_symbol is not UNSET:
            field_dict["priceFeedSymbol"] = price_feed_symbol

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _end_price = d.get("endPrice", UNSET)
        end_price: str | Unset | None = UNSET if _end_price is UNSET else _parse_end_price(_end_price)

        _instance = cls(
            d["type"],
            d.get("startPrice", UNSET),
            end_price,
            d.get("priceFeedId", UNSET),
            d.get("priceFeedProvider", UNSET),
            d.get("priceFeedSymbol", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_end_price(data: object) -> str | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_WIRE_NAMES = frozenset({"type", "startPrice", "endPrice", "priceFeedId", "priceFeedProvider", "priceFeedSymbol"})
