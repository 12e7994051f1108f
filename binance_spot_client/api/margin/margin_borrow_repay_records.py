"""Borrow and repay records: GET /sapi/v1/margin/borrow-repay (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_borrow_repay_records import MarginBorrowRepayRecords
from ...models.margin_borrow_repay_type import MarginBorrowRepayType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginBorrowRepayRecords"]


def _arguments(
    type_: MarginBorrowRepayType | str,
    *,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "type_": type_,
        "asset": asset,
        "isolated_symbol": isolated_symbol,
        "tx_id": tx_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> MarginBorrowRepayRecords:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginBorrowRepayRecords:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginBorrowRepayRecords.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginBorrowRepayRecords]:
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
    type_: MarginBorrowRepayType | str,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginBorrowRepayRecords]:
    """Borrow and repay records.

    Lists loans or repayments of a margin account, newest first. Send `txId` or `startTime`; `txId`
    wins when both are given. With an asset the window reaches 30 days back from `endTime`, without
    one 7 days; when neither time is sent the last 7 days are returned.

    GET /sapi/v1/margin/borrow-repay · security USER_DATA · weight 10


    Args:
        type_: `BORROW` for loans, `REPAY` for repayments. Required.
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        tx_id: Id of one operation (the `tranId` returned when it was made).
        start_time: Start of the range, UTC milliseconds; defaults to 7 days before `endTime`.
        end_time: End of the range, UTC milliseconds; defaults to now.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            type_=type_,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    type_: MarginBorrowRepayType | str,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginBorrowRepayRecords:
    """Borrow and repay records.

    Lists loans or repayments of a margin account, newest first. Send `txId` or `startTime`; `txId`
    wins when both are given. With an asset the window reaches 30 days back from `endTime`, without
    one 7 days; when neither time is sent the last 7 days are returned.

    GET /sapi/v1/margin/borrow-repay · security USER_DATA · weight 10


    Args:
        type_: `BORROW` for loans, `REPAY` for repayments. Required.
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        tx_id: Id of one operation (the `tranId` returned when it was made).
        start_time: Start of the range, UTC milliseconds; defaults to 7 days before `endTime`.
        end_time: End of the range, UTC milliseconds; defaults to now.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginBorrowRepayRecords
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
                asset=asset,
                isolated_symbol=isolated_symbol,
                tx_id=tx_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type_: MarginBorrowRepayType | str,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginBorrowRepayRecords]:
    """Borrow and repay records.

    Lists loans or repayments of a margin account, newest first. Send `txId` or `startTime`; `txId`
    wins when both are given. With an asset the window reaches 30 days back from `endTime`, without
    one 7 days; when neither time is sent the last 7 days are returned.

    GET /sapi/v1/margin/borrow-repay · security USER_DATA · weight 10


    Args:
        type_: `BORROW` for loans, `REPAY` for repayments. Required.
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        tx_id: Id of one operation (the `tranId` returned when it was made).
        start_time: Start of the range, UTC milliseconds; defaults to 7 days before `endTime`.
        end_time: End of the range, UTC milliseconds; defaults to now.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            type_=type_,
            asset=asset,
            isolated_symbol=isolated_symbol,
            tx_id=tx_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    type_: MarginBorrowRepayType | str,
    asset: str | None = None,
    isolated_symbol: str | None = None,
    tx_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginBorrowRepayRecords:
    """Borrow and repay records.

    Lists loans or repayments of a margin account, newest first. Send `txId` or `startTime`; `txId`
    wins when both are given. With an asset the window reaches 30 days back from `endTime`, without
    one 7 days; when neither time is sent the last 7 days are returned.

    GET /sapi/v1/margin/borrow-repay · security USER_DATA · weight 10


    Args:
        type_: `BORROW` for loans, `REPAY` for repayments. Required.
        asset: Asset code, for example `BTC`.
        isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
        tx_id: Id of one operation (the `tranId` returned when it was made).
        start_time: Start of the range, UTC milliseconds; defaults to 7 days before `endTime`.
        end_time: End of the range, UTC milliseconds; defaults to now.
        current: Page number, counted from 1; default 1.
        size: Records per page; default 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginBorrowRepayRecords
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
                asset=asset,
                isolated_symbol=isolated_symbol,
                tx_id=tx_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
