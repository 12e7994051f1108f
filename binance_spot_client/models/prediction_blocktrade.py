"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionBlocktrade")


@_attrs_define
class PredictionBlocktrade(AdditionalProperties[Any]):
    """The order data of an OTC blocktrade.

    Attributes:
        status (str): State of the blocktrade: `OPEN`, `FULFILLED`, `MATCHED`, `CANCELLED`, `EXPIRED` or `FAILED`.
        market_id (str): Market of the blocktrade, as the venue names it.
        token_id (str): Outcome token traded.
        side (int): `0` when the maker buys shares (bid), `1` when the maker sells them (ask).
        maker (str): Wallet of the maker.
        maker_amount (str): What the maker gives, in wei: USDT for a bid, shares for an ask.
        taker_amount (str): What the taker gives, in wei: shares for a bid, USDT for an ask.
        price (float): Price per share, as a JSON number.
        quote_type (str): `Bid` or `Ask`, the same fact as `side`.
        created_at (str): When the blocktrade was created, ISO 8601 text.
        taker (None | str | Unset): Wallet of the taker, once there is one; in the detail and preview only.
        order_type (str | Unset): Kind of order, e.g. `GTD`; in the detail and preview only.
        time_in_force (str | Unset): How long the order stays open, e.g. `GTD`; in the detail and preview only.
        expiration (int | Unset): When the order expires, UTC seconds; in the detail and preview only.
        filled_amount (str | Unset): Amount filled, in wei; in the detail and preview only.
        is_neg_risk (bool | Unset): Whether the market is a negative-risk market; in the detail and preview only.
        is_yield_bearing (bool | Unset): Whether the collateral earns yield; in the detail and preview only.
        secret_token (str | Unset): One-time token the taker needs to fulfil the blocktrade; never in a preview, which
            is made with it.
    """

    status: str
    market_id: str
    token_id: str
    side: int
    maker: str
    maker_amount: str
    taker_amount: str
    price: float
    quote_type: str
    created_at: str
    taker: str | Unset | None = UNSET
    order_type: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    expiration: int | Unset = UNSET
    filled_amount: str | Unset = UNSET
    is_neg_risk: bool | Unset = UNSET
    is_yield_bearing: bool | Unset = UNSET
    secret_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def maker_amount_decimal(self) -> Decimal:
        """`maker_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker_amount)

    @property
    def taker_amount_decimal(self) -> Decimal:
        """`taker_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.taker_amount)

    @property
    def filled_amount_decimal(self) -> Decimal | Unset:
        """`filled_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.filled_amount, Unset) else Decimal(self.filled_amount)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        market_id = self.market_id

        token_id = self.token_id

        side = self.side

        maker = self.maker

        maker_amount = self.maker_amount

        taker_amount = self.taker_amount

        price = self.price

        quote_type = self.quote_type

        created_at = self.created_at

        taker: str | Unset | None
        if isinstance(self.taker, Unset):
            taker = UNSET
        else:
            taker = self.taker

        order_type = self.order_type

        time_in_force = self.time_in_force

        expiration = self.expiration

        filled_amount = self.filled_amount

        is_neg_risk = self.is_neg_risk

        is_yield_bearing = self.is_yield_bearing

        secret_token = self.secret_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "marketId": market_id,
                "tokenId": token_id,
                "side": side,
                "maker": maker,
                "makerAmount": maker_amount,
                "takerAmount": taker_amount,
                "price": price,
                "quoteType": quote_type,
                "createdAt": created_at,
            }
        )
        if taker is not UNSET:
            field_dict["taker"] = taker
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if filled_amount is not UNSET:
            field_dict["filledAmount"] = filled_amount
        if is_neg_risk is not UNSET:
            field_dict["isNegRisk"] = is_neg_risk
        if is_yield_bearing is not UNSET:
            field_dict["isYieldBearing"] = is_yield_bearing
        if secret_token is not UNSET:
            field_dict["secretToken"] = secret_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _taker = d.get("taker", UNSET)
        taker: str | Unset | None = UNSET if _taker is UNSET else _parse_taker(_taker)

        _instance = cls(
            d["status"],
            d["marketId"],
            d["tokenId"],
            d["side"],
            d["maker"],
            d["makerAmount"],
            d["takerAmount"],
            d["price"],
            d["quoteType"],
            d["createdAt"],
            taker,
            d.get("orderType", UNSET),
            d.get("timeInForce", UNSET),
            d.get("expiration", UNSET),
            d.get("filledAmount", UNSET),
            d.get("isNegRisk", UNSET),
            d.get("isYieldBearing", UNSET),
            d.get("secretToken", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_taker(data: object) -> str | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_WIRE_NAMES = frozenset(
    {
        "status",
        "marketId",
        "tokenId",
        "side",
        "maker",
        "makerAmount",
        "takerAmount",
        "price",
        "quoteType",
        "createdAt",
        "taker",
        "orderType",
        "timeInForce",
        "expiration",
        "filledAmount",
        "isNegRisk",
        "isYieldBearing",
        "secretToken",
    }
)
