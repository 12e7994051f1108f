"""Redeem a leveraged token (retired): POST /sapi/v1/blvt/redeem (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.blvt_redemption import BlvtRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemBlvt"]


def _arguments(
    token_name: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "token_name": token_name,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> BlvtRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> BlvtRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = BlvtRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[BlvtRedemption]:
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
    token_name: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[BlvtRedemption]:
    """Redeem a leveraged token (retired).

    Sold leveraged tokens back to Binance for USDT.

    POST /sapi/v1/blvt/redeem · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP`. Required.
        amount: Number of tokens to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    token_name: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> BlvtRedemption:
    """Redeem a leveraged token (retired).

    Sold leveraged tokens back to Binance for USDT.

    POST /sapi/v1/blvt/redeem · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP`. Required.
        amount: Number of tokens to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        BlvtRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[BlvtRedemption]:
    """Redeem a leveraged token (retired).

    Sold leveraged tokens back to Binance for USDT.

    POST /sapi/v1/blvt/redeem · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP`. Required.
        amount: Number of tokens to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> BlvtRedemption:
    """Redeem a leveraged token (retired).

    Sold leveraged tokens back to Binance for USDT.

    POST /sapi/v1/blvt/redeem · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP`. Required.
        amount: Number of tokens to redeem. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        BlvtRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
