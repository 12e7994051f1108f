"""User KYC status: GET /oauth-api/v1/user-status (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.user_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_user_status_response import OAuthUserStatusResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["userStatus"]
ANSWER = AnswerPlan(
    "userStatus",
    {"$ref": "OAuthUserStatusResponse"},
    schemas='{"OAuthCertificateStatus":{"type":"integer"},"OAuthCertificateType":{"type":"integer"},"OAuthUserStatus":{"properties":{"certificateStatus":{"$ref":"OAuthCertificateStatus"},"certificateType":{"$ref":"OAuthCertificateType"}},"required":["certificateType","certificateStatus"],"type":"object"},"OAuthUserStatusResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthUserStatus"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> OAuthUserStatusResponse:
    try:
        response_200 = OAuthUserStatusResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthUserStatusResponse]:
    """`Spot.oauth.user_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> OAuthUserStatusResponse:
    """`Spot.oauth.user_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthUserStatusResponse]:
    """`Spot.oauth.user_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> OAuthUserStatusResponse:
    """`Spot.oauth.user_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
