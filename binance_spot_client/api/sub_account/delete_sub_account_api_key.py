"""Delete an API key of a sub-account: DELETE /sapi/v1/sub-account/subAccountApi (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_empty_response import SubAccountEmptyResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["deleteSubAccountApiKey"]


def _arguments(
    email: str,
    sub_account_api_key: str,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
    }


def _parse_response(response: httpx.Response) -> SubAccountEmptyResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountEmptyResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountEmptyResponse]:
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
) -> Response[SubAccountEmptyResponse]:
    """Delete an API key of a sub-account.

    Removes one API key from a sub-account of the master account. Not for asset management sub-
    accounts; the caller must pass Binance's KYC IP check.

    DELETE /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The API key to delete. Required.
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
) -> SubAccountEmptyResponse:
    """Delete an API key of a sub-account.

    Removes one API key from a sub-account of the master account. Not for asset management sub-
    accounts; the caller must pass Binance's KYC IP check.

    DELETE /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The API key to delete. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountEmptyResponse
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
) -> Response[SubAccountEmptyResponse]:
    """Delete an API key of a sub-account.

    Removes one API key from a sub-account of the master account. Not for asset management sub-
    accounts; the caller must pass Binance's KYC IP check.

    DELETE /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The API key to delete. Required.
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
) -> SubAccountEmptyResponse:
    """Delete an API key of a sub-account.

    Removes one API key from a sub-account of the master account. Not for asset management sub-
    accounts; the caller must pass Binance's KYC IP check.

    DELETE /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The API key to delete. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountEmptyResponse
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
