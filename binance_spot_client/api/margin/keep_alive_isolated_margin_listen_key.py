"""Keep an isolated margin user data stream alive: PUT /sapi/v1/userDataStream/isolated (USER_STREAM, weight 1).

The parameters and answer are described on `Spot.margin.keep_alive_isolated_margin_listen_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["keepAliveIsolatedMarginListenKey"]
ANSWER = AnswerPlan(
    "keepAliveIsolatedMarginListenKey",
    {"$ref": "MarginEmptyResponse"},
    schemas='{"MarginEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments(
    symbol: str,
    listen_key: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "listen_key": listen_key,
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
    symbol: str,
    listen_key: str,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.keep_alive_isolated_margin_listen_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            listen_key=listen_key,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    listen_key: str,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.keep_alive_isolated_margin_listen_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            listen_key=listen_key,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    listen_key: str,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.keep_alive_isolated_margin_listen_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            listen_key=listen_key,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    listen_key: str,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.keep_alive_isolated_margin_listen_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            listen_key=listen_key,
        ),
        options,
    )
