"""Margin and futures status of sub-accounts: GET /sapi/v1/sub-account/status (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_status import SubAccountStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountStatus"]
ANSWER = AnswerPlan(
    "subAccountStatus",
    {"type": "array", "items": {"$ref": "SubAccountStatus"}},
    schemas='{"SubAccountStatus":{"properties":{"email":{"type":"string"},"insertTime":{"type":"integer"},"isFutureEnabled":{"type":"boolean"},"isMarginEnabled":{"type":"boolean"},"isSubUserEnabled":{"type":"boolean"},"isUserActive":{"type":"boolean"},"mobile":{"type":"integer"}},"required":["email","isSubUserEnabled","isUserActive","insertTime","isMarginEnabled","isFutureEnabled","mobile"],"type":"object"}}',
)


def _arguments(
    *,
    email: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> list[SubAccountStatus]:
    try:
        response_200 = [SubAccountStatus.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountStatus]]:
    """`Spot.sub_account.sub_account_status`, returning the whole response: status, headers, rate limits and the model."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountStatus]:
    """`Spot.sub_account.sub_account_status` as a function of the client."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountStatus]]:
    """`Spot.sub_account.sub_account_status` on an async client, returning the whole response."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountStatus]:
    """`Spot.sub_account.sub_account_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
