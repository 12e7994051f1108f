"""Prediction positions: GET /sapi/v1/w3w/wallet/prediction/position/list (USER_DATA, weight 200).

The parameters and answer are described on `Spot.prediction.positions`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_position_page import PredictionPositionPage
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["positions"]
ANSWER = AnswerPlan(
    "positions",
    {"$ref": "PredictionPositionPage"},
    ANSWER_SCHEMAS,
)


def _arguments(
    wallet_address: str,
    *,
    tab: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "tab": tab,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> PredictionPositionPage:
    try:
        response_200 = PredictionPositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    tab: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositionPage]:
    """`Spot.prediction.positions`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tab=tab,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    tab: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPositionPage:
    """`Spot.prediction.positions` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tab=tab,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    tab: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionPositionPage]:
    """`Spot.prediction.positions` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tab=tab,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    tab: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionPositionPage:
    """`Spot.prediction.positions` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            tab=tab,
            offset=offset,
            limit=limit,
        ),
        options,
    )
