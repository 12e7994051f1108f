"""Redeem BFUSD: POST /sapi/v1/portfolio/redeem (TRADE, weight 1500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_bfusd_redeem import PortfolioMarginBfusdRedeem
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemPortfolioMarginBfusd"]


def _arguments(
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "target_asset": target_asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> PortfolioMarginBfusdRedeem:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PortfolioMarginBfusdRedeem:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PortfolioMarginBfusdRedeem.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PortfolioMarginBfusdRedeem]:
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
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginBfusdRedeem]:
    """Redeem BFUSD.

    Converts BFUSD back into USDT or USDC for any kind of portfolio margin account.

    POST /sapi/v1/portfolio/redeem · security TRADE · weight 1500


    Args:
        from_asset: Asset to convert, `BFUSD`. Required.
        target_asset: Asset to obtain, `USDT` or `USDC`. Required.
        amount: Amount of BFUSD to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginBfusdRedeem:
    """Redeem BFUSD.

    Converts BFUSD back into USDT or USDC for any kind of portfolio margin account.

    POST /sapi/v1/portfolio/redeem · security TRADE · weight 1500


    Args:
        from_asset: Asset to convert, `BFUSD`. Required.
        target_asset: Asset to obtain, `USDT` or `USDC`. Required.
        amount: Amount of BFUSD to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginBfusdRedeem
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginBfusdRedeem]:
    """Redeem BFUSD.

    Converts BFUSD back into USDT or USDC for any kind of portfolio margin account.

    POST /sapi/v1/portfolio/redeem · security TRADE · weight 1500


    Args:
        from_asset: Asset to convert, `BFUSD`. Required.
        target_asset: Asset to obtain, `USDT` or `USDC`. Required.
        amount: Amount of BFUSD to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_asset=from_asset,
            target_asset=target_asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    target_asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginBfusdRedeem:
    """Redeem BFUSD.

    Converts BFUSD back into USDT or USDC for any kind of portfolio margin account.

    POST /sapi/v1/portfolio/redeem · security TRADE · weight 1500


    Args:
        from_asset: Asset to convert, `BFUSD`. Required.
        target_asset: Asset to obtain, `USDT` or `USDC`. Required.
        amount: Amount of BFUSD to convert. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginBfusdRedeem
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
