"""List sub-accounts: GET /sapi/v1/sub-account/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_list import SubAccountList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountList"]
ANSWER = AnswerPlan(
    "subAccountList",
    {"$ref": "SubAccountList"},
    schemas='{"SubAccountList":{"properties":{"subAccounts":{"items":{"$ref":"SubAccountListEntry"},"type":"array"}},"required":["subAccounts"],"type":"object"},"SubAccountListEntry":{"properties":{"createTime":{"type":"integer"},"email":{"type":"string"},"isAssetManagementSubAccount":{"type":"boolean"},"isFreeze":{"type":"boolean"},"isManagedSubAccount":{"type":"boolean"},"remark":{"type":"string"},"subUserId":{"type":"integer"}},"required":["email","isFreeze","createTime","isManagedSubAccount","isAssetManagementSubAccount"],"type":"object"}}',
)


def _arguments(
    *,
    email: str | None = None,
    is_freeze: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "is_freeze": is_freeze,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountList:
    try:
        response_200 = SubAccountList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str | None = None,
    is_freeze: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountList]:
    """`Spot.sub_account.sub_account_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            is_freeze=is_freeze,
            page=page,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str | None = None,
    is_freeze: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountList:
    """`Spot.sub_account.sub_account_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            is_freeze=is_freeze,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    is_freeze: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountList]:
    """`Spot.sub_account.sub_account_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            is_freeze=is_freeze,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    is_freeze: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountList:
    """`Spot.sub_account.sub_account_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            is_freeze=is_freeze,
            page=page,
            limit=limit,
        ),
        options,
    )
