"""Maximum transfer-out amount: GET /sapi/v1/margin/maxTransferable (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_max_transferable import MarginMaxTransferable
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMaxTransferable"]


def _arguments(
    asset: str,
    *,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
    }


def _parse_response(response: httpx.Response) -> MarginMaxTransferable:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginMaxTransferable:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginMaxTransferable.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginMaxTransferable]:
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
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginMaxTransferable]:
    """Maximum transfer-out amount.

    Tells how much of an asset can be transferred out of the cross margin account, or out of the
    isolated account of `isolatedSymbol`.

    GET /sapi/v1/margin/maxTransferable · security USER_DATA · weight 50


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginMaxTransferable:
    """Maximum transfer-out amount.

    Tells how much of an asset can be transferred out of the cross margin account, or out of the
    isolated account of `isolatedSymbol`.

    GET /sapi/v1/margin/maxTransferable · security USER_DATA · weight 50


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginMaxTransferable
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginMaxTransferable]:
    """Maximum transfer-out amount.

    Tells how much of an asset can be transferred out of the cross margin account, or out of the
    isolated account of `isolatedSymbol`.

    GET /sapi/v1/margin/maxTransferable · security USER_DATA · weight 50


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginMaxTransferable:
    """Maximum transfer-out amount.

    Tells how much of an asset can be transferred out of the cross margin account, or out of the
    isolated account of `isolatedSymbol`.

    GET /sapi/v1/margin/maxTransferable · security USER_DATA · weight 50


    Args:
        asset: Asset code, for example `BTC`. Required.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginMaxTransferable
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
