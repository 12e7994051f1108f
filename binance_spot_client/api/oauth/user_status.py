"""User KYC status: GET /oauth-api/v1/user-status (OAUTH, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.o_auth_user_status_response import OAuthUserStatusResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["userStatus"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> OAuthUserStatusResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OAuthUserStatusResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OAuthUserStatusResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OAuthUserStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    timeout: float | None = None,
) -> Response[OAuthUserStatusResponse]:
    """User KYC status.

    Whether the user is a person or a company, and how far identity verification (KYC) has got.

    GET /oauth-api/v1/user-status · security OAUTH · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    timeout: float | None = None,
) -> OAuthUserStatusResponse:
    """User KYC status.

    Whether the user is a person or a company, and how far identity verification (KYC) has got.

    GET /oauth-api/v1/user-status · security OAUTH · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthUserStatusResponse
    """
    return _parse_response(client.send(OPERATION, _arguments(), timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> Response[OAuthUserStatusResponse]:
    """User KYC status.

    Whether the user is a person or a company, and how far identity verification (KYC) has got.

    GET /oauth-api/v1/user-status · security OAUTH · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    timeout: float | None = None,
) -> OAuthUserStatusResponse:
    """User KYC status.

    Whether the user is a person or a company, and how far identity verification (KYC) has got.

    GET /oauth-api/v1/user-status · security OAUTH · weight 1


    Args:
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthUserStatusResponse
    """
    return _parse_response(await client.send(OPERATION, _arguments(), timeout=timeout))
