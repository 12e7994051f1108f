"""Place a prediction order: POST /sapi/v1/w3w/wallet/prediction/trade/place-order-bundle (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.place_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_account_type import PredictionAccountType
from ...models.prediction_funding_source import PredictionFundingSource
from ...models.prediction_order_placed import PredictionOrderPlaced
from ...models.prediction_order_type import PredictionOrderType
from ...models.prediction_time_in_force import PredictionTimeInForce
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["placeOrder"]
ANSWER = AnswerPlan(
    "placeOrder",
    {"$ref": "PredictionOrderPlaced"},
    schemas='{"PredictionOrderPlaced":{"properties":{"orderId":{"type":"string"}},"required":["orderId"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    wallet_id: str,
    quote_id: str,
    time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    *,
    price_limit: DecimalLike | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "wallet_id": wallet_id,
        "quote_id": quote_id,
        "time_in_force": time_in_force,
        "account_type": account_type,
        "order_type": order_type,
        "slippage_bps": slippage_bps,
        "price_limit": price_limit,
        "funding_source": funding_source,
        "fund_transfer_amount": fund_transfer_amount,
    }


def _parse(data: Any) -> PredictionOrderPlaced:
    try:
        response_200 = PredictionOrderPlaced.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    quote_id: str,
    time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderPlaced]:
    """`Spot.prediction.place_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            quote_id=quote_id,
            time_in_force=time_in_force,
            account_type=account_type,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    wallet_id: str,
    quote_id: str,
    time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionOrderPlaced:
    """`Spot.prediction.place_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            quote_id=quote_id,
            time_in_force=time_in_force,
            account_type=account_type,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    quote_id: str,
    time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderPlaced]:
    """`Spot.prediction.place_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            quote_id=quote_id,
            time_in_force=time_in_force,
            account_type=account_type,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    wallet_id: str,
    quote_id: str,
    time_in_force: PredictionTimeInForce | Literal["FOK", "GTC"],
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionOrderPlaced:
    """`Spot.prediction.place_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            quote_id=quote_id,
            time_in_force=time_in_force,
            account_type=account_type,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )
