"""Convert dust to BNB: POST /sapi/v1/asset/dust (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_transfer_result import WalletDustTransferResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustTransfer"]


def _arguments(
    asset: str,
    *,
    account_type: WalletDustAccountType | str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "account_type": account_type,
    }


def _parse_response(response: httpx.Response) -> WalletDustTransferResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDustTransferResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDustTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDustTransferResult]:
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
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustTransferResult]:
    """Convert dust to BNB.

    Converts the given small balances to BNB. The API key needs the spot & margin trading
    permission.

    POST /sapi/v1/asset/dust · security USER_DATA · weight 10


    Args:
        asset: Assets to convert, comma-separated. Required.
        account_type: Account holding the balances. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustTransferResult:
    """Convert dust to BNB.

    Converts the given small balances to BNB. The API key needs the spot & margin trading
    permission.

    POST /sapi/v1/asset/dust · security USER_DATA · weight 10


    Args:
        asset: Assets to convert, comma-separated. Required.
        account_type: Account holding the balances. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDustTransferResult]:
    """Convert dust to BNB.

    Converts the given small balances to BNB. The API key needs the spot & margin trading
    permission.

    POST /sapi/v1/asset/dust · security USER_DATA · weight 10


    Args:
        asset: Assets to convert, comma-separated. Required.
        account_type: Account holding the balances. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            account_type=account_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    account_type: WalletDustAccountType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDustTransferResult:
    """Convert dust to BNB.

    Converts the given small balances to BNB. The API key needs the spot & margin trading
    permission.

    POST /sapi/v1/asset/dust · security USER_DATA · weight 10


    Args:
        asset: Assets to convert, comma-separated. Required.
        account_type: Account holding the balances. Defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDustTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                account_type=account_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
