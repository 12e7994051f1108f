"""Subscribe to a leveraged token (retired): POST /sapi/v1/blvt/subscribe (USER_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.subscribe_blvt`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_subscription import BlvtSubscription
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeBlvt"]
ANSWER = AnswerPlan(
    "subscribeBlvt",
    {"$ref": "BlvtSubscription"},
    schemas='{"BlvtSubscription":{"properties":{"amount":{"type":"string"},"cost":{"type":"string"},"id":{"type":"integer"},"status":{"type":"string"},"timestamp":{"type":"integer"},"tokenName":{"type":"string"}},"required":["id","status","tokenName","amount","cost","timestamp"],"type":"object"}}',
)


def _arguments(
    token_name: str,
    cost: DecimalLike,
) -> dict[str, object]:
    return {
        "token_name": token_name,
        "cost": cost,
    }


def _parse(data: Any) -> BlvtSubscription:
    try:
        response_200 = BlvtSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    token_name: str,
    cost: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[BlvtSubscription]:
    """`Spot.blvt.subscribe_blvt`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            cost=cost,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    token_name: str,
    cost: DecimalLike,
    **options: Unpack[CallOptions],
) -> BlvtSubscription:
    """`Spot.blvt.subscribe_blvt` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            cost=cost,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str,
    cost: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[BlvtSubscription]:
    """`Spot.blvt.subscribe_blvt` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            cost=cost,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str,
    cost: DecimalLike,
    **options: Unpack[CallOptions],
) -> BlvtSubscription:
    """`Spot.blvt.subscribe_blvt` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            cost=cost,
        ),
        options,
    )
