"""Funding wallet: POST /sapi/v1/asset/get-funding-asset (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_funding_asset import WalletFundingAsset
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fundingWallet"]


def _arguments(
    *,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "need_btc_valuation": need_btc_valuation,
    }


def _parse_response(response: httpx.Response) -> list[WalletFundingAsset]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletFundingAsset]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletFundingAsset.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletFundingAsset]]:
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
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletFundingAsset]]:
    """Funding wallet.

    Lists the balances of the funding wallet, which holds the assets of Binance Pay, Binance Card,
    gift cards and similar services.

    POST /sapi/v1/asset/get-funding-asset · security USER_DATA · weight 1


    Args:
        asset: Only this asset.
        need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletFundingAsset]:
    """Funding wallet.

    Lists the balances of the funding wallet, which holds the assets of Binance Pay, Binance Card,
    gift cards and similar services.

    POST /sapi/v1/asset/get-funding-asset · security USER_DATA · weight 1


    Args:
        asset: Only this asset.
        need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletFundingAsset]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletFundingAsset]]:
    """Funding wallet.

    Lists the balances of the funding wallet, which holds the assets of Binance Pay, Binance Card,
    gift cards and similar services.

    POST /sapi/v1/asset/get-funding-asset · security USER_DATA · weight 1


    Args:
        asset: Only this asset.
        need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            need_btc_valuation=need_btc_valuation,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    need_btc_valuation: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletFundingAsset]:
    """Funding wallet.

    Lists the balances of the funding wallet, which holds the assets of Binance Pay, Binance Card,
    gift cards and similar services.

    POST /sapi/v1/asset/get-funding-asset · security USER_DATA · weight 1


    Args:
        asset: Only this asset.
        need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletFundingAsset]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
