"""Simple Earn account summary: GET /sapi/v1/simple-earn/account (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.simple_earn_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_account import SimpleEarnAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["simpleEarnAccount"]
ANSWER = AnswerPlan(
    "simpleEarnAccount",
    {"$ref": "SimpleEarnAccount"},
    schemas='{"SimpleEarnAccount":{"properties":{"totalAmountInBTC":{"type":"string"},"totalAmountInUSDT":{"type":"string"},"totalFlexibleAmountInBTC":{"type":"string"},"totalFlexibleAmountInUSDT":{"type":"string"},"totalLockedInBTC":{"type":"string"},"totalLockedInUSDT":{"type":"string"}},"required":["totalAmountInBTC","totalAmountInUSDT","totalFlexibleAmountInBTC","totalFlexibleAmountInUSDT","totalLockedInBTC","totalLockedInUSDT"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> SimpleEarnAccount:
    try:
        response_200 = SimpleEarnAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnAccount]:
    """`Spot.simple_earn.simple_earn_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnAccount:
    """`Spot.simple_earn.simple_earn_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnAccount]:
    """`Spot.simple_earn.simple_earn_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> SimpleEarnAccount:
    """`Spot.simple_earn.simple_earn_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
