"""User info: GET /oauth-api/v1/user-info (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.user_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_user_info_response import OAuthUserInfoResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["userInfo"]
ANSWER = AnswerPlan(
    "userInfo",
    {"$ref": "OAuthUserInfoResponse"},
    schemas='{"OAuthUserInfo":{"properties":{"email":{"type":"string"},"userId":{"type":"string"}},"required":["userId"],"type":"object"},"OAuthUserInfoResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthUserInfo"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> OAuthUserInfoResponse:
    try:
        response_200 = OAuthUserInfoResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthUserInfoResponse]:
    """`Spot.oauth.user_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> OAuthUserInfoResponse:
    """`Spot.oauth.user_info` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthUserInfoResponse]:
    """`Spot.oauth.user_info` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> OAuthUserInfoResponse:
    """`Spot.oauth.user_info` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
