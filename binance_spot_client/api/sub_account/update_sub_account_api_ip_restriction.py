"""Set the IP restriction of a sub-account API key: POST /sapi/v2/sub-account/subAccountApi/ipRestriction (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.sub_account.update_sub_account_api_ip_restriction`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_api_ip_restriction_update import SubAccountApiIpRestrictionUpdate
from ...models.sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["updateSubAccountApiIpRestriction"]
ANSWER = AnswerPlan(
    "updateSubAccountApiIpRestriction",
    {"$ref": "SubAccountApiIpRestrictionUpdate"},
    schemas='{"SubAccountApiIpRestrictionUpdate":{"properties":{"apiKey":{"type":"string"},"ipList":{"items":{"type":"string"},"type":"array"},"status":{"type":"string"},"updateTime":{"type":"integer"}},"required":["status","ipList","updateTime","apiKey"],"type":"object"}}',
)


def _arguments(
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    *,
    ip_address: str | None = None,
    third_party_name: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "status": status,
        "ip_address": ip_address,
        "third_party_name": third_party_name,
    }


def _parse(data: Any) -> SubAccountApiIpRestrictionUpdate:
    try:
        response_200 = SubAccountApiIpRestrictionUpdate.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    ip_address: str | None = None,
    third_party_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiIpRestrictionUpdate]:
    """`Spot.sub_account.update_sub_account_api_ip_restriction`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    ip_address: str | None = None,
    third_party_name: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiIpRestrictionUpdate:
    """`Spot.sub_account.update_sub_account_api_ip_restriction` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    ip_address: str | None = None,
    third_party_name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiIpRestrictionUpdate]:
    """`Spot.sub_account.update_sub_account_api_ip_restriction` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    ip_address: str | None = None,
    third_party_name: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiIpRestrictionUpdate:
    """`Spot.sub_account.update_sub_account_api_ip_restriction` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            status=status,
            ip_address=ip_address,
            third_party_name=third_party_name,
        ),
        options,
    )
