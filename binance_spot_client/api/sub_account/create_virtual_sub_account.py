"""Create a virtual sub-account: POST /sapi/v1/sub-account/virtualSubAccount (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.create_virtual_sub_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_created import SubAccountCreated
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createVirtualSubAccount"]
ANSWER = AnswerPlan(
    "createVirtualSubAccount",
    {"$ref": "SubAccountCreated"},
    schemas='{"SubAccountCreated":{"properties":{"email":{"type":"string"}},"required":["email"],"type":"object"}}',
)


def _arguments(
    sub_account_string: str,
) -> dict[str, object]:
    return {
        "sub_account_string": sub_account_string,
    }


def _parse(data: Any) -> SubAccountCreated:
    try:
        response_200 = SubAccountCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    sub_account_string: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountCreated]:
    """`Spot.sub_account.create_virtual_sub_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    sub_account_string: str,
    **options: Unpack[CallOptions],
) -> SubAccountCreated:
    """`Spot.sub_account.create_virtual_sub_account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    sub_account_string: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountCreated]:
    """`Spot.sub_account.create_virtual_sub_account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    sub_account_string: str,
    **options: Unpack[CallOptions],
) -> SubAccountCreated:
    """`Spot.sub_account.create_virtual_sub_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        options,
    )
