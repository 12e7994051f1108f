"""Universal transfer: POST /sapi/v1/asset/transfer (USER_DATA, weight 300).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_transfer_id import WalletTransferId
from ...models.wallet_universal_transfer_type import WalletUniversalTransferType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["universalTransfer"]


def _arguments(
    type_: WalletUniversalTransferType | str,
    asset: str,
    amount: DecimalLike,
    *,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "type_": type_,
        "asset": asset,
        "amount": amount,
        "from_symbol": from_symbol,
        "to_symbol": to_symbol,
    }


def _parse_response(response: httpx.Response) -> WalletTransferId:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletTransferId:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletTransferId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletTransferId]:
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
    asset: str,
    amount: DecimalLike,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTransferId]:
    """Universal transfer.

    Moves an asset between two of the account's wallets (spot, funding, cross or isolated margin,
    futures, options, portfolio margin). The API key needs the universal transfer permission.

    POST /sapi/v1/asset/transfer · security USER_DATA · weight 300


    Args:
        type_: Source and destination wallets. Required.
        asset: Asset to move. Required.
        amount: Amount to move. Required.
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
            asset=asset,
            amount=amount,
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
    asset: str,
    amount: DecimalLike,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTransferId:
    """Universal transfer.

    Moves an asset between two of the account's wallets (spot, funding, cross or isolated margin,
    futures, options, portfolio margin). The API key needs the universal transfer permission.

    POST /sapi/v1/asset/transfer · security USER_DATA · weight 300


    Args:
        type_: Source and destination wallets. Required.
        asset: Asset to move. Required.
        amount: Amount to move. Required.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTransferId
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                type_=type_,
                asset=asset,
                amount=amount,
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
    asset: str,
    amount: DecimalLike,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletTransferId]:
    """Universal transfer.

    Moves an asset between two of the account's wallets (spot, funding, cross or isolated margin,
    futures, options, portfolio margin). The API key needs the universal transfer permission.

    POST /sapi/v1/asset/transfer · security USER_DATA · weight 300


    Args:
        type_: Source and destination wallets. Required.
        asset: Asset to move. Required.
        amount: Amount to move. Required.
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
            asset=asset,
            amount=amount,
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
    asset: str,
    amount: DecimalLike,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletTransferId:
    """Universal transfer.

    Moves an asset between two of the account's wallets (spot, funding, cross or isolated margin,
    futures, options, portfolio margin). The API key needs the universal transfer permission.

    POST /sapi/v1/asset/transfer · security USER_DATA · weight 300


    Args:
        type_: Source and destination wallets. Required.
        asset: Asset to move. Required.
        amount: Amount to move. Required.
        from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
            `ISOLATEDMARGIN_ISOLATEDMARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletTransferId
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                type_=type_,
                asset=asset,
                amount=amount,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
