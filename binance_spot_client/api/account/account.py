"""Account information: GET /api/v3/account (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.account import Account
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["account"]


def _arguments(
    *,
    omit_zero_balances: bool | None = None,
) -> dict[str, object]:
    return {
        "omit_zero_balances": omit_zero_balances,
    }


def _parse_response(response: httpx.Response) -> Account:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> Account:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = Account.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[Account]:
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
    omit_zero_balances: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[Account]:
    """Account information.

    Returns the state of the account behind the API key: its commission rates, what it is allowed to
    do (trade, deposit, withdraw), its permissions and the free and locked amount of every asset it
    holds.

    GET /api/v3/account · security USER_DATA · weight 20


    Args:
        omit_zero_balances: If `true`, the `balances` list leaves out assets whose free and locked amounts are both
            zero. Defaults to `false` (every asset is listed).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    omit_zero_balances: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Account:
    """Account information.

    Returns the state of the account behind the API key: its commission rates, what it is allowed to
    do (trade, deposit, withdraw), its permissions and the free and locked amount of every asset it
    holds.

    GET /api/v3/account · security USER_DATA · weight 20


    Args:
        omit_zero_balances: If `true`, the `balances` list leaves out assets whose free and locked amounts are both
            zero. Defaults to `false` (every asset is listed).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        Account
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                omit_zero_balances=omit_zero_balances,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    omit_zero_balances: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[Account]:
    """Account information.

    Returns the state of the account behind the API key: its commission rates, what it is allowed to
    do (trade, deposit, withdraw), its permissions and the free and locked amount of every asset it
    holds.

    GET /api/v3/account · security USER_DATA · weight 20


    Args:
        omit_zero_balances: If `true`, the `balances` list leaves out assets whose free and locked amounts are both
            zero. Defaults to `false` (every asset is listed).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    omit_zero_balances: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Account:
    """Account information.

    Returns the state of the account behind the API key: its commission rates, what it is allowed to
    do (trade, deposit, withdraw), its permissions and the free and locked amount of every asset it
    holds.

    GET /api/v3/account · security USER_DATA · weight 20


    Args:
        omit_zero_balances: If `true`, the `balances` list leaves out assets whose free and locked amounts are both
            zero. Defaults to `false` (every asset is listed).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        Account
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                omit_zero_balances=omit_zero_balances,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
