"""IP restriction of a sub-account API key: GET /sapi/v1/sub-account/subAccountApi/ipRestriction (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_api_ip_restriction import SubAccountApiIpRestriction
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountApiIpRestriction"]


def _arguments(
    email: str,
    sub_account_api_key: str,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiIpRestriction:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiIpRestriction:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiIpRestriction.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiIpRestriction]:
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
    email: str,
    sub_account_api_key: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestriction]:
    """IP restriction of a sub-account API key.

    Tells whether an API key of a sub-account is restricted to trusted IP addresses, and which.

    GET /sapi/v1/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestriction:
    """IP restriction of a sub-account API key.

    Tells whether an API key of a sub-account is restricted to trusted IP addresses, and which.

    GET /sapi/v1/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestriction
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiIpRestriction]:
    """IP restriction of a sub-account API key.

    Tells whether an API key of a sub-account is restricted to trusted IP addresses, and which.

    GET /sapi/v1/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiIpRestriction:
    """IP restriction of a sub-account API key.

    Tells whether an API key of a sub-account is restricted to trusted IP addresses, and which.

    GET /sapi/v1/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiIpRestriction
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
