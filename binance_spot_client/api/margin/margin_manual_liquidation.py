"""Liquidate a margin account manually: POST /sapi/v1/margin/manual-liquidation (TRADE, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_account_scope import MarginAccountScope
from ...models.margin_manual_liquidation import MarginManualLiquidation
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginManualLiquidation"]


def _arguments(
    type_: MarginAccountScope | str,
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "type_": type_,
        "symbol": symbol,
    }


def _parse_response(response: httpx.Response) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> list[MarginManualLiquidation] | MarginManualLiquidation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MarginManualLiquidation.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_1 = [MarginManualLiquidation.from_dict(item) for item in data]

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarginManualLiquidation] | MarginManualLiquidation]:
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
    type_: MarginAccountScope | str,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginManualLiquidation] | MarginManualLiquidation]:
    """Liquidate a margin account manually.

    Closes the positions of the cross margin account (Classic or Pro mode), or of an isolated
    account where that is allowed, and settles its debt.

    POST /sapi/v1/margin/manual-liquidation · security TRADE · weight 3000


    Args:
        type_: `MARGIN` for the cross margin account, `ISOLATED` for an isolated one. Required.
        symbol: Isolated margin pair; required when `type=ISOLATED`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            type_=type_,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    type_: MarginAccountScope | str,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    """Liquidate a margin account manually.

    Closes the positions of the cross margin account (Classic or Pro mode), or of an isolated
    account where that is allowed, and settles its debt.

    POST /sapi/v1/margin/manual-liquidation · security TRADE · weight 3000


    Args:
        type_: `MARGIN` for the cross margin account, `ISOLATED` for an isolated one. Required.
        symbol: Isolated margin pair; required when `type=ISOLATED`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginManualLiquidation] | MarginManualLiquidation
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type_: MarginAccountScope | str,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[MarginManualLiquidation] | MarginManualLiquidation]:
    """Liquidate a margin account manually.

    Closes the positions of the cross margin account (Classic or Pro mode), or of an isolated
    account where that is allowed, and settles its debt.

    POST /sapi/v1/margin/manual-liquidation · security TRADE · weight 3000


    Args:
        type_: `MARGIN` for the cross margin account, `ISOLATED` for an isolated one. Required.
        symbol: Isolated margin pair; required when `type=ISOLATED`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            type_=type_,
            symbol=symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    type_: MarginAccountScope | str,
    symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    """Liquidate a margin account manually.

    Closes the positions of the cross margin account (Classic or Pro mode), or of an isolated
    account where that is allowed, and settles its debt.

    POST /sapi/v1/margin/manual-liquidation · security TRADE · weight 3000


    Args:
        type_: `MARGIN` for the cross margin account, `ISOLATED` for an isolated one. Required.
        symbol: Isolated margin pair; required when `type=ISOLATED`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[MarginManualLiquidation] | MarginManualLiquidation
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
                symbol=symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
