"""Universal transfer history: GET /sapi/v1/asset/transfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_universal_transfer_history import WalletUniversalTransferHistory
from ...models.wallet_universal_transfer_type import WalletUniversalTransferType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["universalTransferHistory"]


def _arguments(
    type_: WalletUniversalTransferType | str,
    *,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "type_": type_,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "from_symbol": from_symbol,
        "to_symbol": to_symbol,
    }


def _parse_response(response: httpx.Response) -> WalletUniversalTransferHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletUniversalTransferHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletUniversalTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletUniversalTransferHistory]:
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
    type_: WalletUniversalTransferType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletUniversalTransferHistory]:
    """Universal transfer history.

    Lists universal transfers of one direction. Only the last 6 months are kept; without a window,
    the last 7 days come back.

    GET /sapi/v1/asset/transfer · security USER_DATA · weight 1


    Args:
        type_: Direction of the transfers to list. Required.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    type_: WalletUniversalTransferType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletUniversalTransferHistory:
    """Universal transfer history.

    Lists universal transfers of one direction. Only the last 6 months are kept; without a window,
    the last 7 days come back.

    GET /sapi/v1/asset/transfer · security USER_DATA · weight 1


    Args:
        type_: Direction of the transfers to list. Required.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletUniversalTransferHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type_: WalletUniversalTransferType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletUniversalTransferHistory]:
    """Universal transfer history.

    Lists universal transfers of one direction. Only the last 6 months are kept; without a window,
    the last 7 days come back.

    GET /sapi/v1/asset/transfer · security USER_DATA · weight 1


    Args:
        type_: Direction of the transfers to list. Required.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    type_: WalletUniversalTransferType | str,
    start_time: int | None = None,
    end_time: int | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletUniversalTransferHistory:
    """Universal transfer history.

    Lists universal transfers of one direction. Only the last 6 months are kept; without a window,
    the last 7 days come back.

    GET /sapi/v1/asset/transfer · security USER_DATA · weight 1


    Args:
        type_: Direction of the transfers to list. Required.
        start_time: Start of the time window, UTC milliseconds.
        end_time: End of the time window, UTC milliseconds.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletUniversalTransferHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
