"""Create a virtual sub-account: POST /sapi/v1/sub-account/virtualSubAccount (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_created import SubAccountCreated
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createVirtualSubAccount"]


def _arguments(
    sub_account_string: str,
) -> dict[str, object]:
    return {
        "sub_account_string": sub_account_string,
    }


def _parse_response(response: httpx.Response) -> SubAccountCreated:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountCreated:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountCreated]:
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
    sub_account_string: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountCreated]:
    """Create a virtual sub-account.

    Creates a sub-account under the caller's master account, registered with a virtual email address
    that Binance builds from `subAccountString`. The master account's API key needs trading enabled.

    POST /sapi/v1/sub-account/virtualSubAccount · security USER_DATA · weight 1


    Args:
        sub_account_string: Text Binance turns into the virtual email address of the new sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    sub_account_string: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountCreated:
    """Create a virtual sub-account.

    Creates a sub-account under the caller's master account, registered with a virtual email address
    that Binance builds from `subAccountString`. The master account's API key needs trading enabled.

    POST /sapi/v1/sub-account/virtualSubAccount · security USER_DATA · weight 1


    Args:
        sub_account_string: Text Binance turns into the virtual email address of the new sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountCreated
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                sub_account_string=sub_account_string,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    sub_account_string: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountCreated]:
    """Create a virtual sub-account.

    Creates a sub-account under the caller's master account, registered with a virtual email address
    that Binance builds from `subAccountString`. The master account's API key needs trading enabled.

    POST /sapi/v1/sub-account/virtualSubAccount · security USER_DATA · weight 1


    Args:
        sub_account_string: Text Binance turns into the virtual email address of the new sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            sub_account_string=sub_account_string,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    sub_account_string: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountCreated:
    """Create a virtual sub-account.

    Creates a sub-account under the caller's master account, registered with a virtual email address
    that Binance builds from `subAccountString`. The master account's API key needs trading enabled.

    POST /sapi/v1/sub-account/virtualSubAccount · security USER_DATA · weight 1


    Args:
        sub_account_string: Text Binance turns into the virtual email address of the new sub-account. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountCreated
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                sub_account_string=sub_account_string,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
