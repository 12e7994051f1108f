"""Reference price calculation: GET /api/v3/referencePrice/calculation (NONE, weight 2).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.reference_price_calculation import ReferencePriceCalculation
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["referencePriceCalculation"]


def _arguments(
    symbol: str,
    *,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbol_status": symbol_status,
    }


def _parse_response(response: httpx.Response) -> ReferencePriceCalculation:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ReferencePriceCalculation:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ReferencePriceCalculation.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ReferencePriceCalculation]:
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
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ReferencePriceCalculation]:
    """Reference price calculation.

    Explains how a symbol's reference price is produced: either by the matching engine as an
    arithmetic mean over time buckets, or by an external calculation. A symbol without a reference
    price answers with error -2043.

    GET /api/v3/referencePrice/calculation · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        symbol_status: Answer only if the symbol is in this trading status. Binance accepts `TRADING`, `HALT`
            and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ReferencePriceCalculation:
    """Reference price calculation.

    Explains how a symbol's reference price is produced: either by the matching engine as an
    arithmetic mean over time buckets, or by an external calculation. A symbol without a reference
    price answers with error -2043.

    GET /api/v3/referencePrice/calculation · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        symbol_status: Answer only if the symbol is in this trading status. Binance accepts `TRADING`, `HALT`
            and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ReferencePriceCalculation
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ReferencePriceCalculation]:
    """Reference price calculation.

    Explains how a symbol's reference price is produced: either by the matching engine as an
    arithmetic mean over time buckets, or by an external calculation. A symbol without a reference
    price answers with error -2043.

    GET /api/v3/referencePrice/calculation · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        symbol_status: Answer only if the symbol is in this trading status. Binance accepts `TRADING`, `HALT`
            and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ReferencePriceCalculation:
    """Reference price calculation.

    Explains how a symbol's reference price is produced: either by the matching engine as an
    arithmetic mean over time buckets, or by an external calculation. A symbol without a reference
    price answers with error -2043.

    GET /api/v3/referencePrice/calculation · security NONE · weight 2


    Args:
        symbol: The trading pair. Required.
        symbol_status: Answer only if the symbol is in this trading status. Binance accepts `TRADING`, `HALT`
            and `BREAK` here.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ReferencePriceCalculation
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
