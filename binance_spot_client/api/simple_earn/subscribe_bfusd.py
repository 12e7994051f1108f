"""Subscribe to BFUSD: POST /sapi/v1/bfusd/subscribe (TRADE, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_bfusd_subscription import SimpleEarnBfusdSubscription
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeBfusd"]


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnBfusdSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnBfusdSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnBfusdSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnBfusdSubscription]:
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
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnBfusdSubscription]:
    """Subscribe to BFUSD.

    Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
    used as the source. The API key needs the spot and margin trading permission.

    POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


    Args:
        asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
        amount: Amount of `asset` to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnBfusdSubscription:
    """Subscribe to BFUSD.

    Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
    used as the source. The API key needs the spot and margin trading permission.

    POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


    Args:
        asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
        amount: Amount of `asset` to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnBfusdSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnBfusdSubscription]:
    """Subscribe to BFUSD.

    Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
    used as the source. The API key needs the spot and margin trading permission.

    POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


    Args:
        asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
        amount: Amount of `asset` to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnBfusdSubscription:
    """Subscribe to BFUSD.

    Converts `amount` of a stablecoin held in the spot wallet into BFUSD; other wallets cannot be
    used as the source. The API key needs the spot and margin trading permission.

    POST /sapi/v1/bfusd/subscribe · security TRADE · weight 150


    Args:
        asset: Stablecoin to pay with (Binance's page names `USDT`). Required.
        amount: Amount of `asset` to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnBfusdSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
