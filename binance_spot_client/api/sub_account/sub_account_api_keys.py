"""API keys of a sub-account: GET /sapi/v1/sub-account/subAccountApi (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.sub_account.sub_account_api_keys`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_api_key_list import SubAccountApiKeyList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountApiKeys"]
ANSWER = AnswerPlan(
    "subAccountApiKeys",
    {"$ref": "SubAccountApiKeyList"},
    schemas='{"SubAccountApiKeyInfo":{"properties":{"apiName":{"type":"string"},"apikey":{"type":"string"},"canFuturesTrade":{"type":"boolean"},"canMarginLoanRepay":{"type":"boolean"},"canTrade":{"type":"boolean"},"canUniversalTransfer":{"type":"boolean"},"canVanillaOptions":{"type":"boolean"},"email":{"type":"string"},"timestamp":{"type":"integer"}},"type":"object"},"SubAccountApiKeyList":{"properties":{"rows":{"items":{"$ref":"SubAccountApiKeyInfo"},"type":"array"},"total":{"type":"integer"}},"required":["total","rows"],"type":"object"}}',
)


def _arguments(
    email: str,
    *,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "page": page,
        "size": size,
    }


def _parse(data: Any) -> SubAccountApiKeyList:
    try:
        response_200 = SubAccountApiKeyList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyList]:
    """`Spot.sub_account.sub_account_api_keys`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            page=page,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyList:
    """`Spot.sub_account.sub_account_api_keys` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            page=page,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyList]:
    """`Spot.sub_account.sub_account_api_keys` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            page=page,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyList:
    """`Spot.sub_account.sub_account_api_keys` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            page=page,
            size=size,
        ),
        options,
    )
