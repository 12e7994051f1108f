"""Move an asset between spot and futures: POST /sapi/v1/futures/transfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.futures_transfer_result import FuturesTransferResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newFuturesTransfer"]


def _arguments(
    asset: str,
    amount: DecimalLike,
    type_: int,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
        "type_": type_,
    }


def _parse_response(response: httpx.Response) -> FuturesTransferResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FuturesTransferResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FuturesTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FuturesTransferResult]:
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
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesTransferResult]:
    """Move an asset between spot and futures.

    Transfers an amount of one asset between the caller's spot wallet and one of its futures wallets
    (USDⓈ-M or COIN-M); `type` picks the direction. Answers with the id of the transfer. Retired;
    use the wallet's universal transfer.

    POST /sapi/v1/futures/transfer · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction of the move: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot →
            COIN-M futures, `4` COIN-M futures → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
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
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesTransferResult:
    """Move an asset between spot and futures.

    Transfers an amount of one asset between the caller's spot wallet and one of its futures wallets
    (USDⓈ-M or COIN-M); `type` picks the direction. Answers with the id of the transfer. Retired;
    use the wallet's universal transfer.

    POST /sapi/v1/futures/transfer · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction of the move: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot →
            COIN-M futures, `4` COIN-M futures → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
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
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FuturesTransferResult]:
    """Move an asset between spot and futures.

    Transfers an amount of one asset between the caller's spot wallet and one of its futures wallets
    (USDⓈ-M or COIN-M); `type` picks the direction. Answers with the id of the transfer. Retired;
    use the wallet's universal transfer.

    POST /sapi/v1/futures/transfer · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction of the move: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot →
            COIN-M futures, `4` COIN-M futures → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
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
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FuturesTransferResult:
    """Move an asset between spot and futures.

    Transfers an amount of one asset between the caller's spot wallet and one of its futures wallets
    (USDⓈ-M or COIN-M); `type` picks the direction. Answers with the id of the transfer. Retired;
    use the wallet's universal transfer.

    POST /sapi/v1/futures/transfer · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction of the move: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot →
            COIN-M futures, `4` COIN-M futures → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FuturesTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
