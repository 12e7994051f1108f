"""BUSD convert history (retired): GET /sapi/v1/asset/convert-transfer/queryByPage (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_busd_convert_account_type import WalletBusdConvertAccountType
from ...models.wallet_busd_convert_history import WalletBusdConvertHistory
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["busdConvertHistory"]


def _arguments(
    start_time: int,
    end_time: int,
    *,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "tran_id": tran_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "account_type": account_type,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> WalletBusdConvertHistory:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletBusdConvertHistory:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletBusdConvertHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletBusdConvertHistory]:
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
    start_time: int,
    end_time: int,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBusdConvertHistory]:
    """BUSD convert history (retired).

    Listed conversions between BUSD and stablecoins.

    GET /sapi/v1/asset/convert-transfer/queryByPage · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        tran_id: Only the conversion with this transaction id.
        asset: Only conversions giving or receiving this asset; both sides are matched.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        account_type: Only this wallet; both when omitted.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
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
    start_time: int,
    end_time: int,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBusdConvertHistory:
    """BUSD convert history (retired).

    Listed conversions between BUSD and stablecoins.

    GET /sapi/v1/asset/convert-transfer/queryByPage · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        tran_id: Only the conversion with this transaction id.
        asset: Only conversions giving or receiving this asset; both sides are matched.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        account_type: Only this wallet; both when omitted.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBusdConvertHistory
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                tran_id=tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                account_type=account_type,
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
    start_time: int,
    end_time: int,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBusdConvertHistory]:
    """BUSD convert history (retired).

    Listed conversions between BUSD and stablecoins.

    GET /sapi/v1/asset/convert-transfer/queryByPage · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        tran_id: Only the conversion with this transaction id.
        asset: Only conversions giving or receiving this asset; both sides are matched.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        account_type: Only this wallet; both when omitted.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
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
    start_time: int,
    end_time: int,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBusdConvertHistory:
    """BUSD convert history (retired).

    Listed conversions between BUSD and stablecoins.

    GET /sapi/v1/asset/convert-transfer/queryByPage · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        tran_id: Only the conversion with this transaction id.
        asset: Only conversions giving or receiving this asset; both sides are matched.
        start_time: Start of the window, UTC milliseconds. Required.
        end_time: End of the window, UTC milliseconds. Required.
        account_type: Only this wallet; both when omitted.
        current: Page number, counted from 1. Defaults to 1.
        size: Rows per page. Defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBusdConvertHistory
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                tran_id=tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                account_type=account_type,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
