"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="NftTransaction")


@_attrs_define
class NftTransaction(AdditionalProperties[Any]):
    """An NFT trade.

    Attributes:
        order_no (str): Order id.
        tokens (list[NftToken]): NFTs traded.
        trade_time (int): Time of the trade, UTC milliseconds.
        trade_amount (str): Price paid or received.
        trade_currency (str): Currency of the price.
    """

    order_no: str
    tokens: list[NftToken]
    trade_time: int
    trade_amount: str
    trade_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def trade_amount_decimal(self) -> Decimal:
        """`trade_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.trade_amount)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        trade_time = self.trade_time

        trade_amount = self.trade_amount

        trade_currency = self.trade_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "tokens": tokens,
                "tradeTime": trade_time,
                "tradeAmount": trade_amount,
                "tradeCurrency": trade_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tokens = [NftToken.from_dict(item) for item in d["tokens"]]

        _instance = cls(
            d["orderNo"],
            tokens,
            d["tradeTime"],
            d["tradeAmount"],
            d["tradeCurrency"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.nft_token import NftToken  # noqa: E402

_WIRE_NAMES = frozenset({"orderNo", "tokens", "tradeTime", "tradeAmount", "tradeCurrency"})
