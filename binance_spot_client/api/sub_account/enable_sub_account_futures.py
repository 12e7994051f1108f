"""Enable futures for a sub-account: POST /sapi/v1/sub-account/futures/enable (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.enable_sub_account_futures`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_enabled import SubAccountFuturesEnabled
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableSubAccountFutures"]
ANSWER = AnswerPlan(
    "enableSubAccountFutures",
    {"$ref": "SubAccountFuturesEnabled"},
    schemas='{"SubAccountFuturesEnabled":{"properties":{"email":{"type":"string"},"isFuturesEnabled":{"type":"boolean"}},"required":["email","isFuturesEnabled"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountFuturesEnabled:
    try:
        response_200 = SubAccountFuturesEnabled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesEnabled]:
    """`Spot.sub_account.enable_sub_account_futures`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesEnabled:
    """`Spot.sub_account.enable_sub_account_futures` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesEnabled]:
    """`Spot.sub_account.enable_sub_account_futures` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesEnabled:
    """`Spot.sub_account.enable_sub_account_futures` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
