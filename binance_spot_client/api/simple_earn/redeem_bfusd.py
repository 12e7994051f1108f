"""Redeem BFUSD: POST /sapi/v1/bfusd/redeem (TRADE, weight 150).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_stable_redeem_type import SimpleEarnStableRedeemType
from ...models.simple_earn_stable_redemption import SimpleEarnStableRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemBfusd"]


def _arguments(
    amount: DecimalLike,
    type_: SimpleEarnStableRedeemType | str,
) -> dict[str, object]:
    return {
        "amount": amount,
        "type_": type_,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnStableRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnStableRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnStableRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnStableRedemption]:
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
    amount: DecimalLike,
    type_: SimpleEarnStableRedeemType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnStableRedemption]:
    """Redeem BFUSD.

    Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
    for a fee; the standard route waits for the redemption period. The API key needs the spot and
    margin trading permission.

    POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


    Args:
        amount: Amount of BFUSD to redeem. Required.
        type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
            the field, so always send it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            amount=amount,
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    type_: SimpleEarnStableRedeemType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnStableRedemption:
    """Redeem BFUSD.

    Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
    for a fee; the standard route waits for the redemption period. The API key needs the spot and
    margin trading permission.

    POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


    Args:
        amount: Amount of BFUSD to redeem. Required.
        type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
            the field, so always send it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnStableRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    type_: SimpleEarnStableRedeemType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnStableRedemption]:
    """Redeem BFUSD.

    Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
    for a fee; the standard route waits for the redemption period. The API key needs the spot and
    margin trading permission.

    POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


    Args:
        amount: Amount of BFUSD to redeem. Required.
        type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
            the field, so always send it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            amount=amount,
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    type_: SimpleEarnStableRedeemType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnStableRedemption:
    """Redeem BFUSD.

    Turns `amount` BFUSD back into USDT, paid into the spot wallet only. The fast route pays at once
    for a fee; the standard route waits for the redemption period. The API key needs the spot and
    margin trading permission.

    POST /sapi/v1/bfusd/redeem · security TRADE · weight 150


    Args:
        amount: Amount of BFUSD to redeem. Required.
        type_: Redemption route; Binance's page calls `STANDARD` the default although the SDK requires
            the field, so always send it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnStableRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
