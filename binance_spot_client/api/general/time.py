"""Server time: GET /api/v3/time (NONE, weight 1).

The parameters and answer are described on `Spot.time`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.server_time import ServerTime
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["time"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (ServerTimeResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "time",
    {"$ref": "ServerTime"},
    schemas='{"ServerTime":{"properties":{"serverTime":{"type":"integer"}},"required":["serverTime"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as ServerTimeResponse when asked (encoding="sbe")
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> ServerTime:
    try:
        response_200 = ServerTime.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[ServerTime]:
    """`Spot.time`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> ServerTime:
    """`Spot.time` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[ServerTime]:
    """`Spot.time` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> ServerTime:
    """`Spot.time` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
