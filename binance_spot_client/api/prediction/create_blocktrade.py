"""Create an OTC blocktrade: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/create (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.create_blocktrade`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_blocktrade_created import PredictionBlocktradeCreated
from ...models.prediction_side import PredictionSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createBlocktrade"]
ANSWER = AnswerPlan(
    "createBlocktrade",
    {"$ref": "PredictionBlocktradeCreated"},
    schemas='{"PredictionBlocktradeCreated":{"properties":{"orderId":{"type":"string"},"secretToken":{"type":"string"}},"required":["orderId","secretToken"],"type":"object"}}',
)


def _arguments(
    market_id: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    maker_amount: str,
    taker_amount: str,
    price_per_share: DecimalLike,
    expiration: int,
) -> dict[str, object]:
    return {
        "market_id": market_id,
        "token_id": token_id,
        "side": side,
        "maker_amount": maker_amount,
        "taker_amount": taker_amount,
        "price_per_share": price_per_share,
        "expiration": expiration,
    }


def _parse(data: Any) -> PredictionBlocktradeCreated:
    try:
        response_200 = PredictionBlocktradeCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    market_id: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    maker_amount: str,
    taker_amount: str,
    price_per_share: DecimalLike,
    expiration: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeCreated]:
    """`Spot.prediction.create_blocktrade`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            market_id=market_id,
            token_id=token_id,
            side=side,
            maker_amount=maker_amount,
            taker_amount=taker_amount,
            price_per_share=price_per_share,
            expiration=expiration,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    market_id: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    maker_amount: str,
    taker_amount: str,
    price_per_share: DecimalLike,
    expiration: int,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeCreated:
    """`Spot.prediction.create_blocktrade` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            market_id=market_id,
            token_id=token_id,
            side=side,
            maker_amount=maker_amount,
            taker_amount=taker_amount,
            price_per_share=price_per_share,
            expiration=expiration,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    market_id: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    maker_amount: str,
    taker_amount: str,
    price_per_share: DecimalLike,
    expiration: int,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeCreated]:
    """`Spot.prediction.create_blocktrade` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            market_id=market_id,
            token_id=token_id,
            side=side,
            maker_amount=maker_amount,
            taker_amount=taker_amount,
            price_per_share=price_per_share,
            expiration=expiration,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    market_id: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    maker_amount: str,
    taker_amount: str,
    price_per_share: DecimalLike,
    expiration: int,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeCreated:
    """`Spot.prediction.create_blocktrade` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            market_id=market_id,
            token_id=token_id,
            side=side,
            maker_amount=maker_amount,
            taker_amount=taker_amount,
            price_per_share=price_per_share,
            expiration=expiration,
        ),
        options,
    )
