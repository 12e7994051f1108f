"""Test connectivity: GET /api/v3/ping (NONE, weight 1).

The parameters and answer are described on `Spot.ping`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.ping_response import PingResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["ping"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (PingResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "ping",
    {"$ref": "PingResponse"},
    schemas='{"PingResponse":{"properties":{},"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as PingResponse when asked (encoding="sbe")
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> PingResponse:
    try:
        response_200 = PingResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[PingResponse]:
    """`Spot.ping`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> PingResponse:
    """`Spot.ping` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[PingResponse]:
    """`Spot.ping` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> PingResponse:
    """`Spot.ping` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
