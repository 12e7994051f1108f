"""Open or extend the equity user data stream: POST /sapi/v1/equity/listenKey (USER_STREAM, weight 1).

The parameters and answer are described on `Spot.stocks.new_equity_listen_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.equity_listen_key import EquityListenKey
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newEquityListenKey"]
ANSWER = AnswerPlan(
    "newEquityListenKey",
    {"$ref": "EquityListenKey"},
    schemas='{"EquityListenKey":{"properties":{"listenKey":{"type":"string"}},"required":["listenKey"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> EquityListenKey:
    try:
        response_200 = EquityListenKey.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[EquityListenKey]:
    """`Spot.stocks.new_equity_listen_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> EquityListenKey:
    """`Spot.stocks.new_equity_listen_key` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[EquityListenKey]:
    """`Spot.stocks.new_equity_listen_key` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> EquityListenKey:
    """`Spot.stocks.new_equity_listen_key` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
