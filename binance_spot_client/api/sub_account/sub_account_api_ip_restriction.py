"""IP restriction of a sub-account API key: GET /sapi/v1/sub-account/subAccountApi/ipRestriction (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.sub_account.sub_account_api_ip_restriction`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_api_ip_restriction import SubAccountApiIpRestriction
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountApiIpRestriction"]
ANSWER = AnswerPlan(
    "subAccountApiIpRestriction",
    {"$ref": "SubAccountApiIpRestriction"},
    schemas='{"SubAccountApiIpRestriction":{"properties":{"apiKey":{"type":"string"},"ipList":{"items":{"type":"string"},"type":"array"},"ipRestrict":{"type":"string"},"updateTime":{"type":"integer"}},"required":["ipRestrict","ipList","updateTime","apiKey"],"type":"object"}}',
)


def _arguments(
    email: str,
    sub_account_api_key: str,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
    }


def _parse(data: Any) -> SubAccountApiIpRestriction:
    try:
        response_200 = SubAccountApiIpRestriction.from_dict(data)

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
) -> Response[SubAccountApiIpRestriction]:
    """`Spot.sub_account.sub_account_api_ip_restriction`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SubAccountApiIpRestriction:
    """`Spot.sub_account.sub_account_api_ip_restriction` as a function of the client."""
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
) -> Response[SubAccountApiIpRestriction]:
    """`Spot.sub_account.sub_account_api_ip_restriction` on an async client, returning the whole response."""
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
) -> SubAccountApiIpRestriction:
    """`Spot.sub_account.sub_account_api_ip_restriction` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        options,
    )
