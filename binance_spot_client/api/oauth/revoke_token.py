"""Revoke the access token: POST /oauth-api/v1/revoke-token (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.revoke_token`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_revoke_token_response import OAuthRevokeTokenResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["revokeToken"]
ANSWER = AnswerPlan(
    "revokeToken",
    {"$ref": "OAuthRevokeTokenResponse"},
    schemas='{"OAuthRevokeTokenResponse":{"properties":{"code":{"type":"string"},"data":{"type":"boolean"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> OAuthRevokeTokenResponse:
    try:
        response_200 = OAuthRevokeTokenResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthRevokeTokenResponse]:
    """`Spot.oauth.revoke_token`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> OAuthRevokeTokenResponse:
    """`Spot.oauth.revoke_token` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthRevokeTokenResponse]:
    """`Spot.oauth.revoke_token` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> OAuthRevokeTokenResponse:
    """`Spot.oauth.revoke_token` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
