"""Open an isolated margin user data stream: POST /sapi/v1/userDataStream/isolated (USER_STREAM, weight 1).

The parameters and answer are described on `Spot.margin.new_isolated_margin_listen_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_listen_key import MarginListenKey
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newIsolatedMarginListenKey"]
ANSWER = AnswerPlan(
    "newIsolatedMarginListenKey",
    {"$ref": "MarginListenKey"},
    schemas='{"MarginListenKey":{"properties":{"listenKey":{"type":"string"}},"required":["listenKey"],"type":"object"}}',
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> MarginListenKey:
    try:
        response_200 = MarginListenKey.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MarginListenKey]:
    """`Spot.margin.new_isolated_margin_listen_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> MarginListenKey:
    """`Spot.margin.new_isolated_margin_listen_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MarginListenKey]:
    """`Spot.margin.new_isolated_margin_listen_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> MarginListenKey:
    """`Spot.margin.new_isolated_margin_listen_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
