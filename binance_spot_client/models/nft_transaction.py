"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nft_token import NftToken


T = TypeVar("T", bound="NftTransaction")


@_attrs_define
class NftTransaction:
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
        from ..models.nft_token import NftToken

        d = dict(src_dict)
        order_no = d.pop("orderNo")

        tokens = []
        _tokens = d.pop("tokens")
        for tokens_item_data in _tokens:
            tokens_item = NftToken.from_dict(tokens_item_data)

            tokens.append(tokens_item)

        trade_time = d.pop("tradeTime")

        trade_amount = d.pop("tradeAmount")

        trade_currency = d.pop("tradeCurrency")

        _instance = cls(
            order_no=order_no,
            tokens=tokens,
            trade_time=trade_time,
            trade_amount=trade_amount,
            trade_currency=trade_currency,
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
