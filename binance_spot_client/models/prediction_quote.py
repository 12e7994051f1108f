"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionQuote")


@_attrs_define
class PredictionQuote(AdditionalProperties[Any]):
    """A price quote to place an order with.

    Attributes:
        quote_id (str): Identifier to pass to the order placement.
        token_id (str): Outcome token quoted.
        side (str): `BUY` or `SELL`.
        amount_in (str): What is paid, in wei.
        amount_out (str): What is received, in wei.
        order_type (str): `MARKET` or `LIMIT`.
        slippage_bps (int): Accepted slippage in basis points.
        expire_at (int): When the quote expires, UTC milliseconds.
        chance (str | Unset): Implied probability of the outcome.
        vendor (str | Unset): Venue of the market.
        market_title (str | Unset): Title of the market.
        market_ext_id (str | Unset): The venue's identifier of the market.
        is_min_amount_out (bool | Unset): Whether `amountOut` is a minimum rather than an exact amount.
        fee_amount (str | Unset): Fee in wei; a string because it can exceed 2^53.
        fee_discount_bps (str | Unset): Fee discount in basis points, as text.
        average_price (float | Unset): Average price per share of the fill, as a JSON number.
        last_price (float | Unset): Latest price per share, as a JSON number.
        price_impact (float | Unset): How far the order moves the price, as a JSON number.
        timestamp (int | Unset): When the quote was made, UTC milliseconds.
        chain_id (str | Unset): Chain of the market.
        user_id (int | Unset): Binance user the quote is for.
        wallet_address (str | Unset): Prediction wallet the quote is for.
        fee_rate_bps (int | Unset): Fee rate in basis points.
        min_receive (str | Unset): Least that will be received, in wei.
        price_limit (str | Unset): Limit price, for a limit order.
    """

    quote_id: str
    token_id: str
    side: str
    amount_in: str
    amount_out: str
    order_type: str
    slippage_bps: int
    expire_at: int
    chance: str | Unset = UNSET
    vendor: str | Unset = UNSET
    market_title: str | Unset = UNSET
    market_ext_id: str | Unset = UNSET
    is_min_amount_out: bool | Unset = UNSET
    fee_amount: str | Unset = UNSET
    fee_discount_bps: str | Unset = UNSET
    average_price: float | Unset = UNSET
    last_price: float | Unset = UNSET
    price_impact: float | Unset = UNSET
    timestamp: int | Unset = UNSET
    chain_id: str | Unset = UNSET
    user_id: int | Unset = UNSET
    wallet_address: str | Unset = UNSET
    fee_rate_bps: int | Unset = UNSET
    min_receive: str | Unset = UNSET
    price_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_in_decimal(self) -> Decimal:
        """`amount_in` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_in)

    @property
    def amount_out_decimal(self) -> Decimal:
        """`amount_out` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_out)

    @property
    def chance_decimal(self) -> Decimal | Unset:
        """`chance` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.chance, Unset) else Decimal(self.chance)

    @property
    def fee_amount_decimal(self) -> Decimal | Unset:
        """`fee_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fee_amount, Unset) else Decimal(self.fee_amount)

    @property
    def fee_discount_bps_decimal(self) -> Decimal | Unset:
        """`fee_discount_bps` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fee_discount_bps, Unset) else Decimal(self.fee_discount_bps)

    @property
    def min_receive_decimal(self) -> Decimal | Unset:
        """`min_receive` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.min_receive, Unset) else Decimal(self.min_receive)

    @property
    def price_limit_decimal(self) -> Decimal | Unset:
        """`price_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.price_limit, Unset) else Decimal(self.price_limit)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        token_id = self.token_id

        side = self.side

        amount_in = self.amount_in

        amount_out = self.amount_out

        order_type = self.order_type

        slippage_bps = self.slippage_bps

        expire_at = self.expire_at

        chance = self.chance

        vendor = self.vendor

        market_title = self.market_title

        market_ext_id = self.market_ext_id

        is_min_amount_out = self.is_min_amount_out

        fee_amount = self.fee_amount

        fee_discount_bps = self.fee_discount_bps

        average_price = self.average_price

        last_price = self.last_price

        price_impact = self.price_impact

        timestamp = self.timestamp

        chain_id = self.chain_id

        user_id = self.user_id

        wallet_address = self.wallet_address

        fee_rate_bps = self.fee_rate_bps

        min_receive = self.min_receive

        price_limit = self.price_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "tokenId": token_id,
                "side": side,
                "amountIn": amount_in,
                "amountOut": amount_out,
                "orderType": order_type,
                "slippageBps": slippage_bps,
                "expireAt": expire_at,
            }
        )
        if chance is not UNSET:
            field_dict["chance"] = chance
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if market_title is not UNSET:
            field_dict["marketTitle"] = market_title
        if market_ext_id is not UNSET:
            field_dict["marketExtId"] = market_ext_id
        if is_min_amount_out is not UNSET:
            field_dict["isMinAmountOut"] = is_min_amount_out
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if fee_discount_bps is not UNSET:
            field_dict["feeDiscountBps"] = fee_discount_bps
        if average_price is not UNSET:
            field_dict["averagePrice"] = average_price
        if last_price is not UNSET:
            field_dict["lastPrice"] = last_price
        if price_impact is not UNSET:
            field_dict["priceImpact"] = price_impact
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if wallet_address is not UNSET:
            field_dict["walletAddress"] = wallet_address
        if fee_rate_bps is not UNSET:
            field_dict["feeRateBps"] = fee_rate_bps
        if min_receive is not UNSET:
            field_dict["minReceive"] = min_receive
        if price_limit is not UNSET:
            field_dict["priceLimit"] = price_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["quoteId"],
            d["tokenId"],
            d["side"],
            d["amountIn"],
            d["amountOut"],
            d["orderType"],
            d["slippageBps"],
            d["expireAt"],
            d.get("chance", UNSET),
            d.get("vendor", UNSET),
            d.get("marketTitle", UNSET),
            d.get("marketExtId", UNSET),
            d.get("isMinAmountOut", UNSET),
            d.get("feeAmount", UNSET),
            d.get("feeDiscountBps", UNSET),
            d.get("averagePrice", UNSET),
            d.get("lastPrice", UNSET),
            d.get("priceImpact", UNSET),
            d.get("timestamp", UNSET),
            d.get("chainId", UNSET),
            d.get("userId", UNSET),
            d.get("walletAddress", UNSET),
            d.get("feeRateBps", UNSET),
            d.get("minReceive", UNSET),
            d.get("priceLimit", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "quoteId",
        "tokenId",
        "side",
        "amountIn",
        "amountOut",
        "orderType",
        "slippageBps",
        "expireAt",
        "chance",
        "vendor",
        "marketTitle",
        "marketExtId",
        "isMinAmountOut",
        "feeAmount",
        "feeDiscountBps",
        "averagePrice",
        "lastPrice",
        "priceImpact",
        "timestamp",
        "chainId",
        "userId",
        "walletAddress",
        "feeRateBps",
        "minReceive",
        "priceLimit",
    }
)
