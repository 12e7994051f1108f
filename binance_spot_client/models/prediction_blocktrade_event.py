"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionBlocktradeEvent")


@_attrs_define
class PredictionBlocktradeEvent(AdditionalProperties[Any]):
    """Something that happened to a blocktrade.

    Attributes:
        event (str): What happened: `CREATE`, `FULFIL`, `MATCH_SUBMIT`, `MATCH_SUCCESS`, `EXPIRE`, `FAILED`…
        blocktrade_id (str): The venue's identifier of the blocktrade.
        order_id (str): The order concerned.
        market_id (int): Market of the blocktrade.
        is_maker (bool): Whether the caller is the maker.
        timestamp (str): When it happened, ISO 8601 text.
        amount (str | Unset): Amount concerned, in wei.
        fee (str | Unset): Fee, in wei.
        effective_fee (str | Unset): Fee actually charged, in wei.
        price (str | Unset): Price per share, in wei.
        transaction_hash (str | Unset): Settlement transaction, once there is one.
        reason (str | Unset): Why, for a failure.
    """

    event: str
    blocktrade_id: str
    order_id: str
    market_id: int
    is_maker: bool
    timestamp: str
    amount: str | Unset = UNSET
    fee: str | Unset = UNSET
    effective_fee: str | Unset = UNSET
    price: str | Unset = UNSET
    transaction_hash: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal | Unset:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.amount, Unset) else Decimal(self.amount)

    @property
    def fee_decimal(self) -> Decimal | Unset:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fee, Unset) else Decimal(self.fee)

    @property
    def effective_fee_decimal(self) -> Decimal | Unset:
        """`effective_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.effective_fee, Unset) else Decimal(self.effective_fee)

    @property
    def price_decimal(self) -> Decimal | Unset:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.price, Unset) else Decimal(self.price)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        blocktrade_id = self.blocktrade_id

        order_id = self.order_id

        market_id = self.market_id

        is_maker = self.is_maker

        timestamp = self.timestamp

        amount = self.amount

        fee = self.fee

        effective_fee = self.effective_fee

        price = self.price

        transaction_hash = self.transaction_hash

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "blocktradeId": blocktrade_id,
                "orderId": order_id,
                "marketId": market_id,
                "isMaker": is_maker,
                "timestamp": timestamp,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if effective_fee is not UNSET:
            field_dict["effectiveFee"] = effective_fee
        if price is not UNSET:
            field_dict["price"] = price
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["event"],
            d["blocktradeId"],
            d["orderId"],
            d["marketId"],
            d["isMaker"],
            d["timestamp"],
            d.get("amount", UNSET),
            d.get("fee", UNSET),
            d.get("effectiveFee", UNSET),
            d.get("price", UNSET),
            d.get("transactionHash", UNSET),
            d.get("reason", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "event",
        "blocktradeId",
        "orderId",
        "marketId",
        "isMaker",
        "timestamp",
        "amount",
        "fee",
        "effectiveFee",
        "price",
        "transactionHash",
        "reason",
    }
)
