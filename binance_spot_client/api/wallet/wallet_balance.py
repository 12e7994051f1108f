"""Wallet balances: GET /sapi/v1/asset/wallet/balance (USER_DATA, weight 60).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_balance import WalletBalance
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["walletBalance"]


def _arguments(
    *,
    quote_asset: str | None = None,
) -> dict[str, object]:
    return {
        "quote_asset": quote_asset,
    }


def _parse_response(response: httpx.Response) -> list[WalletBalance]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletBalance]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletBalance.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletBalance]]:
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
    quote_asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletBalance]]:
    """Wallet balances.

    Returns the total value held in each of the account's wallets.

    GET /sapi/v1/asset/wallet/balance · security USER_DATA · weight 60


    Args:
        quote_asset: Asset the balances are valued in, such as USDT, ETH, USDC or BNB. Defaults to BTC.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            quote_asset=quote_asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    quote_asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletBalance]:
    """Wallet balances.

    Returns the total value held in each of the account's wallets.

    GET /sapi/v1/asset/wallet/balance · security USER_DATA · weight 60


    Args:
        quote_asset: Asset the balances are valued in, such as USDT, ETH, USDC or BNB. Defaults to BTC.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletBalance]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                quote_asset=quote_asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    quote_asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletBalance]]:
    """Wallet balances.

    Returns the total value held in each of the account's wallets.

    GET /sapi/v1/asset/wallet/balance · security USER_DATA · weight 60


    Args:
        quote_asset: Asset the balances are valued in, such as USDT, ETH, USDC or BNB. Defaults to BTC.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            quote_asset=quote_asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    quote_asset: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletBalance]:
    """Wallet balances.

    Returns the total value held in each of the account's wallets.

    GET /sapi/v1/asset/wallet/balance · security USER_DATA · weight 60


    Args:
        quote_asset: Asset the balances are valued in, such as USDT, ETH, USDC or BNB. Defaults to BTC.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletBalance]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                quote_asset=quote_asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
