"""BUSD convert (retired): POST /sapi/v1/asset/convert-transfer (USER_DATA, weight 5).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_busd_convert_result import WalletBusdConvertResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["busdConvert"]


def _arguments(
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
) -> dict[str, object]:
    return {
        "client_tran_id": client_tran_id,
        "asset": asset,
        "amount": amount,
        "target_asset": target_asset,
    }


def _parse_response(response: httpx.Response) -> WalletBusdConvertResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletBusdConvertResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletBusdConvertResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletBusdConvertResult]:
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
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBusdConvertResult]:
    """BUSD convert (retired).

    Converted between BUSD and a stablecoin. Sending a `clientTranId` already used returned the
    earlier conversion instead of converting again.

    POST /sapi/v1/asset/convert-transfer · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        client_tran_id: Your unique id for the conversion, at least 20 characters. Required.
        asset: Asset to convert. Required.
        amount: Amount to convert. Required.
        target_asset: Asset to receive. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBusdConvertResult:
    """BUSD convert (retired).

    Converted between BUSD and a stablecoin. Sending a `clientTranId` already used returned the
    earlier conversion instead of converting again.

    POST /sapi/v1/asset/convert-transfer · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        client_tran_id: Your unique id for the conversion, at least 20 characters. Required.
        asset: Asset to convert. Required.
        amount: Amount to convert. Required.
        target_asset: Asset to receive. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBusdConvertResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                client_tran_id=client_tran_id,
                asset=asset,
                amount=amount,
                target_asset=target_asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletBusdConvertResult]:
    """BUSD convert (retired).

    Converted between BUSD and a stablecoin. Sending a `clientTranId` already used returned the
    earlier conversion instead of converting again.

    POST /sapi/v1/asset/convert-transfer · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        client_tran_id: Your unique id for the conversion, at least 20 characters. Required.
        asset: Asset to convert. Required.
        amount: Amount to convert. Required.
        target_asset: Asset to receive. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletBusdConvertResult:
    """BUSD convert (retired).

    Converted between BUSD and a stablecoin. Sending a `clientTranId` already used returned the
    earlier conversion instead of converting again.

    POST /sapi/v1/asset/convert-transfer · security USER_DATA · weight 5

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        client_tran_id: Your unique id for the conversion, at least 20 characters. Required.
        asset: Asset to convert. Required.
        amount: Amount to convert. Required.
        target_asset: Asset to receive. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletBusdConvertResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                client_tran_id=client_tran_id,
                asset=asset,
                amount=amount,
                target_asset=target_asset,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
