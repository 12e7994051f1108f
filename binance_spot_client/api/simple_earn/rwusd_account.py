"""RWUSD holdings: GET /sapi/v1/rwusd/account (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.rwusd_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_rwusd_account import SimpleEarnRwusdAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["rwusdAccount"]
ANSWER = AnswerPlan(
    "rwusdAccount",
    {"$ref": "SimpleEarnRwusdAccount"},
    schemas='{"SimpleEarnRwusdAccount":{"properties":{"rwusdAmount":{"type":"string"},"totalProfit":{"type":"string"}},"required":["rwusdAmount","totalProfit"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> SimpleEarnRwusdAccount:
    try:
        response_200 = SimpleEarnRwusdAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdAccount]:
    """`Spot.simple_earn.rwusd_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdAccount:
    """`Spot.simple_earn.rwusd_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRwusdAccount]:
    """`Spot.simple_earn.rwusd_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnRwusdAccount:
    """`Spot.simple_earn.rwusd_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
