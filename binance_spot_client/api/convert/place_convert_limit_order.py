"""Place a limit order: POST /sapi/v1/convert/limit/placeOrder (TRADE, weight 500).

The parameters and answer are described on `Spot.convert.place_convert_limit_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.convert_expired_type import ConvertExpiredType
from ...models.convert_limit_order_result import ConvertLimitOrderResult
from ...models.convert_wallet_type import ConvertWalletType
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["placeConvertLimitOrder"]
ANSWER = AnswerPlan(
    "placeConvertLimitOrder",
    {"$ref": "ConvertLimitOrderResult"},
    schemas='{"ConvertLimitOrderResult":{"properties":{"orderId":{"type":"integer"},"quoteId":{"type":"string"},"status":{"type":"string"}},"required":["orderId","status"],"type":"object"}}',
)


def _arguments(
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | Literal["BUY", "SELL"],
    expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
    *,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
) -> dict[str, object]:
    return {
        "base_asset": base_asset,
        "quote_asset": quote_asset,
        "limit_price": limit_price,
        "base_amount": base_amount,
        "quote_amount": quote_amount,
        "side": side,
        "wallet_type": wallet_type,
        "expired_type": expired_type,
    }


def _parse(data: Any) -> ConvertLimitOrderResult:
    try:
        response_200 = ConvertLimitOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | Literal["BUY", "SELL"],
    expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertLimitOrderResult]:
    """`Spot.convert.place_convert_limit_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | Literal["BUY", "SELL"],
    expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    **options: Unpack[CallOptions],
) -> ConvertLimitOrderResult:
    """`Spot.convert.place_convert_limit_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | Literal["BUY", "SELL"],
    expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertLimitOrderResult]:
    """`Spot.convert.place_convert_limit_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | Literal["BUY", "SELL"],
    expired_type: ConvertExpiredType | Literal["1_D", "3_D", "7_D", "30_D"],
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    **options: Unpack[CallOptions],
) -> ConvertLimitOrderResult:
    """`Spot.convert.place_convert_limit_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        options,
    )
