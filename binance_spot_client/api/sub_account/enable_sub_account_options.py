"""Enable options for a sub-account: POST /sapi/v1/sub-account/eoptions/enable (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_options_enabled import SubAccountOptionsEnabled
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableSubAccountOptions"]


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse_response(response: httpx.Response) -> SubAccountOptionsEnabled:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountOptionsEnabled:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountOptionsEnabled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountOptionsEnabled]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountOptionsEnabled]:
    """Enable options for a sub-account.

    Opens the options account of a sub-account of the caller's master account.

    POST /sapi/v1/sub-account/eoptions/enable · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountOptionsEnabled:
    """Enable options for a sub-account.

    Opens the options account of a sub-account of the caller's master account.

    POST /sapi/v1/sub-account/eoptions/enable · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountOptionsEnabled
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountOptionsEnabled]:
    """Enable options for a sub-account.

    Opens the options account of a sub-account of the caller's master account.

    POST /sapi/v1/sub-account/eoptions/enable · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountOptionsEnabled:
    """Enable options for a sub-account.

    Opens the options account of a sub-account of the caller's master account.

    POST /sapi/v1/sub-account/eoptions/enable · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountOptionsEnabled
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
