"""Clear small liabilities: POST /sapi/v1/margin/exchange-small-liability (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.margin.margin_small_liability_exchange`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSmallLiabilityExchange"]
ANSWER = AnswerPlan(
    "marginSmallLiabilityExchange",
    {"$ref": "MarginEmptyResponse"},
    schemas='{"MarginEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments(
    asset_names: str,
) -> dict[str, object]:
    return {
        "asset_names": asset_names,
    }


def _parse(data: Any) -> MarginEmptyResponse:
    try:
        response_200 = MarginEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset_names: str,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.margin_small_liability_exchange`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset_names=asset_names,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset_names: str,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.margin_small_liability_exchange` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset_names=asset_names,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset_names: str,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.margin_small_liability_exchange` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset_names=asset_names,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset_names: str,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.margin_small_liability_exchange` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset_names=asset_names,
        ),
        options,
    )
