"""List managed sub-accounts (investor): GET /sapi/v1/managed-subaccount/info (USER_DATA, weight 60).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_managed_list import SubAccountManagedList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountList"]
ANSWER = AnswerPlan(
    "managedSubAccountList",
    {"$ref": "SubAccountManagedList"},
    schemas='{"SubAccountManagedInfo":{"properties":{"bindParentEmail":{"type":"string"},"bindParentUserId":{"type":"integer"},"email":{"type":"string"},"insertTimeStamp":{"type":"integer"},"isFutureEnabled":{"type":"boolean"},"isMarginEnabled":{"type":"boolean"},"isSignedLVTRiskAgreement":{"type":"boolean"},"isSubUserEnabled":{"type":"boolean"},"isUserActive":{"type":"boolean"},"managersubUserId":{"type":"integer"},"rootUserId":{"type":"integer"}},"required":["rootUserId","managersubUserId","bindParentUserId","insertTimeStamp","bindParentEmail","isSubUserEnabled","isUserActive","isMarginEnabled","isFutureEnabled","isSignedLVTRiskAgreement"],"type":"object"},"SubAccountManagedList":{"properties":{"managerSubUserInfoVoList":{"items":{"$ref":"SubAccountManagedInfo"},"type":"array"},"total":{"type":"integer"}},"required":["total","managerSubUserInfoVoList"],"type":"object"}}',
)


def _arguments(
    *,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountManagedList:
    try:
        response_200 = SubAccountManagedList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedList]:
    """`Spot.sub_account.managed_sub_account_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedList:
    """`Spot.sub_account.managed_sub_account_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedList]:
    """`Spot.sub_account.managed_sub_account_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedList:
    """`Spot.sub_account.managed_sub_account_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            limit=limit,
        ),
        options,
    )
