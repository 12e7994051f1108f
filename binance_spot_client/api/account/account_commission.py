"""Commission rates: GET /api/v3/account/commission (USER_DATA, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.account_commission import AccountCommission
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["accountCommission"]


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> AccountCommission:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AccountCommission:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AccountCommission.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AccountCommission]:
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
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AccountCommission]:
    """Commission rates.

    Returns the commission rates that apply to the account on one symbol: the standard, special and
    tax rates, and the BNB payment discount.

    GET /api/v3/account/commission · security USER_DATA · weight 20


    Args:
        symbol: The symbol to get the rates for. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AccountCommission:
    """Commission rates.

    Returns the commission rates that apply to the account on one symbol: the standard, special and
    tax rates, and the BNB payment discount.

    GET /api/v3/account/commission · security USER_DATA · weight 20


    Args:
        symbol: The symbol to get the rates for. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AccountCommission
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AccountCommission]:
    """Commission rates.

    Returns the commission rates that apply to the account on one symbol: the standard, special and
    tax rates, and the BNB payment discount.

    GET /api/v3/account/commission · security USER_DATA · weight 20


    Args:
        symbol: The symbol to get the rates for. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AccountCommission:
    """Commission rates.

    Returns the commission rates that apply to the account on one symbol: the standard, special and
    tax rates, and the BNB payment discount.

    GET /api/v3/account/commission · security USER_DATA · weight 20


    Args:
        symbol: The symbol to get the rates for. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AccountCommission
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
