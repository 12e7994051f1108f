"""Execution rules: GET /api/v3/executionRules (NONE, weight 40).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.execution_rules import ExecutionRules
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["executionRules"]


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "symbol_status": symbol_status,
    }


def _parse_response(response: httpx.Response) -> ExecutionRules:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ExecutionRules:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ExecutionRules.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ExecutionRules]:
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
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ExecutionRules]:
    """Execution rules.

    Returns the execution rules (currently only price-range rules) in force for one symbol, a list
    of symbols, all symbols with a given status, or every symbol when no parameter is sent. At most
    one of the parameters may be sent.

    GET /api/v3/executionRules · security NONE · weight 40


    Args:
        symbol: The one symbol whose rules are wanted. Not combinable with the other parameters.
        symbols: Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the
            other parameters.
        symbol_status: Return the rules of every symbol currently in this trading status. Binance accepts
            `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ExecutionRules:
    """Execution rules.

    Returns the execution rules (currently only price-range rules) in force for one symbol, a list
    of symbols, all symbols with a given status, or every symbol when no parameter is sent. At most
    one of the parameters may be sent.

    GET /api/v3/executionRules · security NONE · weight 40


    Args:
        symbol: The one symbol whose rules are wanted. Not combinable with the other parameters.
        symbols: Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the
            other parameters.
        symbol_status: Return the rules of every symbol currently in this trading status. Binance accepts
            `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ExecutionRules
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ExecutionRules]:
    """Execution rules.

    Returns the execution rules (currently only price-range rules) in force for one symbol, a list
    of symbols, all symbols with a given status, or every symbol when no parameter is sent. At most
    one of the parameters may be sent.

    GET /api/v3/executionRules · security NONE · weight 40


    Args:
        symbol: The one symbol whose rules are wanted. Not combinable with the other parameters.
        symbols: Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the
            other parameters.
        symbol_status: Return the rules of every symbol currently in this trading status. Binance accepts
            `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ExecutionRules:
    """Execution rules.

    Returns the execution rules (currently only price-range rules) in force for one symbol, a list
    of symbols, all symbols with a given status, or every symbol when no parameter is sent. At most
    one of the parameters may be sent.

    GET /api/v3/executionRules · security NONE · weight 40


    Args:
        symbol: The one symbol whose rules are wanted. Not combinable with the other parameters.
        symbols: Several symbols whose rules are wanted, sent as a JSON list. Not combinable with the
            other parameters.
        symbol_status: Return the rules of every symbol currently in this trading status. Binance accepts
            `TRADING`, `HALT` and `BREAK` here. Not combinable with the other parameters.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ExecutionRules
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
