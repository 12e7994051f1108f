"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionOrder")


@_attrs_define
class PredictionOrder(AdditionalProperties[Any]):
    """A prediction order.

    Attributes:
        order_id (str): Binance's identifier of the order.
        vendor_order_id (str): The venue's identifier of the order.
        vendor (str): Venue of the market.
        market_topic_id (int): Market topic of the order.
        slug (str): Short readable key of the market topic.
        market_topic_title (str): Title of the market topic.
        market_id (int): Market of the order.
        market_title (str): Title of the market.
        outcome (str): Outcome traded.
        outcome_index (int): Index of the outcome in its market.
        status (str): State of the order.
        side (str): `BUY` or `SELL`.
        order_type (str): `MARKET` or `LIMIT`.
        create_time (int): When the order was placed, UTC milliseconds.
        modify_time (int): When the order last changed, UTC milliseconds.
        maker_usdt_amount (str): USDT amount of the order.
        maker_share_qty (str): Share quantity of the order.
        filled_usdt_amount (str): USDT amount filled.
        filled_share_qty (str): Shares filled.
        fill_percentage (str): Share of the order filled, in percent.
        price (str): Price per share.
        market_provider_fee (str): Fee charged by the venue.
        network_fee (str): Network fee.
        terminal_time (int | Unset): When the order reached its final state, UTC milliseconds; in the history only.
    """

    order_id: str
    vendor_order_id: str
    vendor: str
    market_topic_id: int
    slug: str
    market_topic_title: str
    market_id: int
    market_title: str
    outcome: str
    outcome_index: int
    status: str
    side: str
    order_type: str
    create_time: int
    modify_time: int
    maker_usdt_amount: str
    maker_share_qty: str
    filled_usdt_amount: str
    filled_share_qty: str
    fill_percentage: str
    price: str
    market_provider_fee: str
    network_fee: str
    terminal_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def maker_usdt_amount_decimal(self) -> Decimal:
        """`maker_usdt_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker_usdt_amount)

    @property
    def maker_share_qty_decimal(self) -> Decimal:
        """`maker_share_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker_share_qty)

    @property
    def filled_usdt_amount_decimal(self) -> Decimal:
        """`filled_usdt_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.filled_usdt_amount)

    @property
    def filled_share_qty_decimal(self) -> Decimal:
        """`filled_share_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.filled_share_qty)

    @property
    def fill_percentage_decimal(self) -> Decimal:
        """`fill_percentage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fill_percentage)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def market_provider_fee_decimal(self) -> Decimal:
        """`market_provider_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.market_provider_fee)

    @property
    def network_fee_decimal(self) -> Decimal:
        """`network_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.network_fee)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        vendor_order_id = self.vendor_order_id

        vendor = self.vendor

        market_topic_id = self.market_topic_id

        slug = self.slug

        market_topic_title = self.market_topic_title

        market_id = self.market_id

        market_title = self.market_title

        outcome = self.outcome

        outcome_index = self.outcome_index

        status = self.status

        side = self.side

        order_type = self.order_type

        create_time = self.create_time

        modify_time = self.modify_time

        maker_usdt_amount = self.maker_usdt_amount

        maker_share_qty = self.maker_share_qty

        filled_usdt_amount = self.filled_usdt_amount

        filled_share_qty = self.filled_share_qty

        fill_percentage = self.fill_percentage

        price = self.price

        market_provider_fee = self.market_provider_fee

        network_fee = self.network_fee

        terminal_time = self.terminal_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "vendorOrderId": vendor_order_id,
                "vendor": vendor,
                "marketTopicId": market_topic_id,
                "slug": slug,
                "marketTopicTitle": market_topic_title,
                "marketId": market_id,
                "marketTitle": market_title,
                "outcome": outcome,
                "outcomeIndex": outcome_index,
                "status": status,
                "side": side,
                "orderType": order_type,
                "createTime": create_time,
                "modifyTime": modify_time,
                "makerUsdtAmount": maker_usdt_amount,
                "makerShareQty": maker_share_qty,
                "filledUsdtAmount": filled_usdt_amount,
                "filledShareQty": filled_share_qty,
                "fillPercentage": fill_percentage,
                "price": price,
                "marketProviderFee": market_provider_fee,
                "networkFee": network_fee,
            }
        )
        if terminal_time is not UNSET:
            field_dict["terminalTime"] = terminal_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["vendorOrderId"],
            d["vendor"],
            d["marketTopicId"],
            d["slug"],
            d["marketTopicTitle"],
            d["marketId"],
            d["marketTitle"],
            d["outcome"],
            d["outcomeIndex"],
            d["status"],
            d["side"],
            d["orderType"],
            d["createTime"],
            d["modifyTime"],
            d["makerUsdtAmount"],
            d["makerShareQty"],
            d["filledUsdtAmount"],
            d["filledShareQty"],
            d["fillPercentage"],
            d["price"],
            d["marketProviderFee"],
            d["networkFee"],
            d.get("terminalTime", UNSET),
        )
        if len(d) > 23 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "vendorOrderId",
        "vendor",
        "marketTopicId",
        "slug",
        "marketTopicTitle",
        "marketId",
        "marketTitle",
        "outcome",
        "outcomeIndex",
        "status",
        "side",
        "orderType",
        "createTime",
        "modifyTime",
        "makerUsdtAmount",
        "makerShareQty",
        "filledUsdtAmount",
        "filledShareQty",
        "fillPercentage",
        "price",
        "marketProviderFee",
        "networkFee",
        "terminalTime",
    }
)
