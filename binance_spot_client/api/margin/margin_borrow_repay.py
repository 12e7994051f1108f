"""Borrow or repay: POST /sapi/v1/margin/borrow-repay (USER_DATA, weight 1500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_borrow_repay_type import MarginBorrowRepayType
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_transaction_id import MarginTransactionId
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginBorrowRepay"]


def _arguments(
    asset: str,
    is_isolated: MarginIsolatedFlag | str,
    symbol: str,
    amount: DecimalLike,
    type_: MarginBorrowRepayType | str,
) -> dict[str, object]:
    return {
        "asset": asset,
        "is_isolated": is_isolated,
        "symbol": symbol,
        "amount": amount,
        "type_": type_,
    }


def _parse_response(response: httpx.Response) -> MarginTransactionId:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginTransactionId:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginTransactionId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginTransactionId]:
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
    is_isolated: MarginIsolatedFlag | str,
    symbol: str,
    amount: DecimalLike,
    type_: MarginBorrowRepayType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginTransactionId]:
    """Borrow or repay.

    Borrows an asset into, or repays a loan from, the cross margin account or one isolated margin
    account. The answer carries the id of the operation; its outcome can be followed with
    `marginBorrowRepayRecords`.

    POST /sapi/v1/margin/borrow-repay · security USER_DATA · weight 1500


    Args:
        asset: Asset to borrow or repay. Required.
        is_isolated: `TRUE` for the isolated margin account of `symbol`, `FALSE` for the cross margin
            account. Required.
        symbol: Isolated margin pair the loan belongs to; Binance lists it as mandatory, it only matters
            when `isIsolated=TRUE`. Required.
        amount: Amount to borrow or repay. Required.
        type_: `BORROW` to take a loan, `REPAY` to pay one back. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
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
    asset: str,
    is_isolated: MarginIsolatedFlag | str,
    symbol: str,
    amount: DecimalLike,
    type_: MarginBorrowRepayType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginTransactionId:
    """Borrow or repay.

    Borrows an asset into, or repays a loan from, the cross margin account or one isolated margin
    account. The answer carries the id of the operation; its outcome can be followed with
    `marginBorrowRepayRecords`.

    POST /sapi/v1/margin/borrow-repay · security USER_DATA · weight 1500


    Args:
        asset: Asset to borrow or repay. Required.
        is_isolated: `TRUE` for the isolated margin account of `symbol`, `FALSE` for the cross margin
            account. Required.
        symbol: Isolated margin pair the loan belongs to; Binance lists it as mandatory, it only matters
            when `isIsolated=TRUE`. Required.
        amount: Amount to borrow or repay. Required.
        type_: `BORROW` to take a loan, `REPAY` to pay one back. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginTransactionId
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                is_isolated=is_isolated,
                symbol=symbol,
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
    asset: str,
    is_isolated: MarginIsolatedFlag | str,
    symbol: str,
    amount: DecimalLike,
    type_: MarginBorrowRepayType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginTransactionId]:
    """Borrow or repay.

    Borrows an asset into, or repays a loan from, the cross margin account or one isolated margin
    account. The answer carries the id of the operation; its outcome can be followed with
    `marginBorrowRepayRecords`.

    POST /sapi/v1/margin/borrow-repay · security USER_DATA · weight 1500


    Args:
        asset: Asset to borrow or repay. Required.
        is_isolated: `TRUE` for the isolated margin account of `symbol`, `FALSE` for the cross margin
            account. Required.
        symbol: Isolated margin pair the loan belongs to; Binance lists it as mandatory, it only matters
            when `isIsolated=TRUE`. Required.
        amount: Amount to borrow or repay. Required.
        type_: `BORROW` to take a loan, `REPAY` to pay one back. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
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
    asset: str,
    is_isolated: MarginIsolatedFlag | str,
    symbol: str,
    amount: DecimalLike,
    type_: MarginBorrowRepayType | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginTransactionId:
    """Borrow or repay.

    Borrows an asset into, or repays a loan from, the cross margin account or one isolated margin
    account. The answer carries the id of the operation; its outcome can be followed with
    `marginBorrowRepayRecords`.

    POST /sapi/v1/margin/borrow-repay · security USER_DATA · weight 1500


    Args:
        asset: Asset to borrow or repay. Required.
        is_isolated: `TRUE` for the isolated margin account of `symbol`, `FALSE` for the cross margin
            account. Required.
        symbol: Isolated margin pair the loan belongs to; Binance lists it as mandatory, it only matters
            when `isIsolated=TRUE`. Required.
        amount: Amount to borrow or repay. Required.
        type_: `BORROW` to take a loan, `REPAY` to pay one back. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginTransactionId
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                is_isolated=is_isolated,
                symbol=symbol,
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
