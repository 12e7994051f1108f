"""Leveraged token user limits (retired): GET /sapi/v1/blvt/userLimit (USER_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.blvt_user_limit`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_user_limit import BlvtUserLimit
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtUserLimit"]
ANSWER = AnswerPlan(
    "blvtUserLimit",
    {"type": "array", "items": {"$ref": "BlvtUserLimit"}},
    schemas='{"BlvtUserLimit":{"properties":{"tokenName":{"type":"string"},"userDailyTotalPurchaseLimit":{"type":"string"},"userDailyTotalRedeemLimit":{"type":"string"}},"required":["tokenName","userDailyTotalPurchaseLimit","userDailyTotalRedeemLimit"],"type":"object"}}',
)


def _arguments(
    *,
    token_name: str | None = None,
) -> dict[str, object]:
    return {
        "token_name": token_name,
    }


def _parse(data: Any) -> list[BlvtUserLimit]:
    try:
        response_200 = [BlvtUserLimit.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtUserLimit]]:
    """`Spot.blvt.blvt_user_limit`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtUserLimit]:
    """`Spot.blvt.blvt_user_limit` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtUserLimit]]:
    """`Spot.blvt.blvt_user_limit` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtUserLimit]:
    """`Spot.blvt.blvt_user_limit` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
        ),
        options,
    )
