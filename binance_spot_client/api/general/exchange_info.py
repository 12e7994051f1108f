"""Exchange information: GET /api/v3/exchangeInfo (NONE, weight 20).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.exchange_info import ExchangeInfo
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["exchangeInfo"]


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "permissions": permissions,
        "show_permission_sets": show_permission_sets,
        "symbol_status": symbol_status,
    }


def _parse_response(response: httpx.Response) -> ExchangeInfo:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ExchangeInfo:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ExchangeInfo.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ExchangeInfo]:
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
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ExchangeInfo]:
    """Exchange information.

    Returns the exchange's trading rules: rate limits, exchange-wide filters and, for each listed
    symbol, its assets, precisions, allowed order types, filters and permissions. Every parameter is
    optional. Without a selection, the symbols carrying the `SPOT`, `MARGIN` or `LEVERAGED`
    permission are listed; symbols that only carry other permissions appear only when `permissions`
    names them. Naming a symbol that does not exist in `symbol` or `symbols` is an error.

    How to read `permissionSets`: the outer list is a conjunction, each inner list a disjunction.
    `[["A","B"]]` lets an account trade if it holds A or B; `[["A"],["B"]]` requires both A and B;
    `[["A"],["B","C"]]` requires A, plus B or C (or both).

    GET /api/v3/exchangeInfo · security NONE · weight 20


    Args:
        symbol: Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions`
            or `symbolStatus`.
        symbols: Restrict the answer to these symbols, sent as a JSON list (`["BTCUSDT","BNBBTC"]`).
            Cannot be combined with `symbol`, `permissions` or `symbolStatus`.
        permissions: List the symbols that carry any of these permissions. Binance reads either one bare
            value (`permissions=SPOT`) or a JSON list (`permissions=["MARGIN","LEVERAGED"]`); a list
            of one element selects the same symbols as the bare value, so this is modelled as a list
            and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are
            listed; to see symbols with any other permission, name every wanted permission
            explicitly. Cannot be combined with `symbol` or `symbols`.
        show_permission_sets: Whether each symbol's `permissionSets` is filled in. When false the field is still
            present but left empty. Defaults to true.
        symbol_status: Only list symbols whose trading status equals this value. Binance accepts `TRADING`,
            `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
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
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ExchangeInfo:
    """Exchange information.

    Returns the exchange's trading rules: rate limits, exchange-wide filters and, for each listed
    symbol, its assets, precisions, allowed order types, filters and permissions. Every parameter is
    optional. Without a selection, the symbols carrying the `SPOT`, `MARGIN` or `LEVERAGED`
    permission are listed; symbols that only carry other permissions appear only when `permissions`
    names them. Naming a symbol that does not exist in `symbol` or `symbols` is an error.

    How to read `permissionSets`: the outer list is a conjunction, each inner list a disjunction.
    `[["A","B"]]` lets an account trade if it holds A or B; `[["A"],["B"]]` requires both A and B;
    `[["A"],["B","C"]]` requires A, plus B or C (or both).

    GET /api/v3/exchangeInfo · security NONE · weight 20


    Args:
        symbol: Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions`
            or `symbolStatus`.
        symbols: Restrict the answer to these symbols, sent as a JSON list (`["BTCUSDT","BNBBTC"]`).
            Cannot be combined with `symbol`, `permissions` or `symbolStatus`.
        permissions: List the symbols that carry any of these permissions. Binance reads either one bare
            value (`permissions=SPOT`) or a JSON list (`permissions=["MARGIN","LEVERAGED"]`); a list
            of one element selects the same symbols as the bare value, so this is modelled as a list
            and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are
            listed; to see symbols with any other permission, name every wanted permission
            explicitly. Cannot be combined with `symbol` or `symbols`.
        show_permission_sets: Whether each symbol's `permissionSets` is filled in. When false the field is still
            present but left empty. Defaults to true.
        symbol_status: Only list symbols whose trading status equals this value. Binance accepts `TRADING`,
            `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ExchangeInfo
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                permissions=permissions,
                show_permission_sets=show_permission_sets,
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
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> Response[ExchangeInfo]:
    """Exchange information.

    Returns the exchange's trading rules: rate limits, exchange-wide filters and, for each listed
    symbol, its assets, precisions, allowed order types, filters and permissions. Every parameter is
    optional. Without a selection, the symbols carrying the `SPOT`, `MARGIN` or `LEVERAGED`
    permission are listed; symbols that only carry other permissions appear only when `permissions`
    names them. Naming a symbol that does not exist in `symbol` or `symbols` is an error.

    How to read `permissionSets`: the outer list is a conjunction, each inner list a disjunction.
    `[["A","B"]]` lets an account trade if it holds A or B; `[["A"],["B"]]` requires both A and B;
    `[["A"],["B","C"]]` requires A, plus B or C (or both).

    GET /api/v3/exchangeInfo · security NONE · weight 20


    Args:
        symbol: Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions`
            or `symbolStatus`.
        symbols: Restrict the answer to these symbols, sent as a JSON list (`["BTCUSDT","BNBBTC"]`).
            Cannot be combined with `symbol`, `permissions` or `symbolStatus`.
        permissions: List the symbols that carry any of these permissions. Binance reads either one bare
            value (`permissions=SPOT`) or a JSON list (`permissions=["MARGIN","LEVERAGED"]`); a list
            of one element selects the same symbols as the bare value, so this is modelled as a list
            and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are
            listed; to see symbols with any other permission, name every wanted permission
            explicitly. Cannot be combined with `symbol` or `symbols`.
        show_permission_sets: Whether each symbol's `permissionSets` is filled in. When false the field is still
            present but left empty. Defaults to true.
        symbol_status: Only list symbols whose trading status equals this value. Binance accepts `TRADING`,
            `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
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
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | str | None = None,
    timeout: float | None = None,
) -> ExchangeInfo:
    """Exchange information.

    Returns the exchange's trading rules: rate limits, exchange-wide filters and, for each listed
    symbol, its assets, precisions, allowed order types, filters and permissions. Every parameter is
    optional. Without a selection, the symbols carrying the `SPOT`, `MARGIN` or `LEVERAGED`
    permission are listed; symbols that only carry other permissions appear only when `permissions`
    names them. Naming a symbol that does not exist in `symbol` or `symbols` is an error.

    How to read `permissionSets`: the outer list is a conjunction, each inner list a disjunction.
    `[["A","B"]]` lets an account trade if it holds A or B; `[["A"],["B"]]` requires both A and B;
    `[["A"],["B","C"]]` requires A, plus B or C (or both).

    GET /api/v3/exchangeInfo · security NONE · weight 20


    Args:
        symbol: Restrict the answer to this one symbol. Cannot be combined with `symbols`, `permissions`
            or `symbolStatus`.
        symbols: Restrict the answer to these symbols, sent as a JSON list (`["BTCUSDT","BNBBTC"]`).
            Cannot be combined with `symbol`, `permissions` or `symbolStatus`.
        permissions: List the symbols that carry any of these permissions. Binance reads either one bare
            value (`permissions=SPOT`) or a JSON list (`permissions=["MARGIN","LEVERAGED"]`); a list
            of one element selects the same symbols as the bare value, so this is modelled as a list
            and always sent as JSON text. When absent, `SPOT`, `MARGIN` and `LEVERAGED` symbols are
            listed; to see symbols with any other permission, name every wanted permission
            explicitly. Cannot be combined with `symbol` or `symbols`.
        show_permission_sets: Whether each symbol's `permissionSets` is filled in. When false the field is still
            present but left empty. Defaults to true.
        symbol_status: Only list symbols whose trading status equals this value. Binance accepts `TRADING`,
            `HALT` and `BREAK` here. Cannot be combined with `symbol` or `symbols`.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ExchangeInfo
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                symbols=symbols,
                permissions=permissions,
                show_permission_sets=show_permission_sets,
                symbol_status=symbol_status,
            ),
            timeout=timeout,
        )
    )
