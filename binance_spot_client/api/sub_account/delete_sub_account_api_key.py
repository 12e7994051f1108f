"""Delete an API key of a sub-account: DELETE /sapi/v1/sub-account/subAccountApi (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.sub_account.delete_sub_account_api_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_empty_response import SubAccountEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["deleteSubAccountApiKey"]
ANSWER = AnswerPlan(
    "deleteSubAccountApiKey",
    {"$ref": "SubAccountEmptyResponse"},
    schemas='{"SubAccountEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments(
    email: str,
    sub_account_api_key: str,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
    }


def _parse(data: Any) -> SubAccountEmptyResponse:
    try:
        response_200 = SubAccountEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountEmptyResponse]:
    """`Spot.sub_account.delete_sub_account_api_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    **options: Unpack[CallOptions],
) -> SubAccountEmptyResponse:
    """`Spot.sub_account.delete_sub_account_api_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountEmptyResponse]:
    """`Spot.sub_account.delete_sub_account_api_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    **options: Unpack[CallOptions],
) -> SubAccountEmptyResponse:
    """`Spot.sub_account.delete_sub_account_api_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        options,
    )
