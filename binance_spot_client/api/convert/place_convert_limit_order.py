"""Place a limit order: POST /sapi/v1/convert/limit/placeOrder (TRADE, weight 500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_expired_type import ConvertExpiredType
from ...models.convert_limit_order_result import ConvertLimitOrderResult
from ...models.convert_wallet_type import ConvertWalletType
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["placeConvertLimitOrder"]


def _arguments(
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | str,
    expired_type: ConvertExpiredType | str,
    *,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
) -> dict[str, object]:
    return {
        "base_asset": base_asset,
        "quote_asset": quote_asset,
        "limit_price": limit_price,
        "base_amount": base_amount,
        "quote_amount": quote_amount,
        "side": side,
        "wallet_type": wallet_type,
        "expired_type": expired_type,
    }


def _parse_response(response: httpx.Response) -> ConvertLimitOrderResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertLimitOrderResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertLimitOrderResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertLimitOrderResult]:
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
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | str,
    expired_type: ConvertExpiredType | str,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertLimitOrderResult]:
    """Place a limit order.

    Places a convert limit order that executes when the price from `baseAsset` to `quoteAsset`
    reaches `limitPrice`. Which asset is the base comes from `fromIsBase` in the pair list. Give the
    amount on one side only: `baseAmount` or `quoteAmount`.

    POST /sapi/v1/convert/limit/placeOrder · security TRADE · weight 500


    Args:
        base_asset: Base asset of the pair. Required.
        quote_asset: Quote asset of the pair. Required.
        limit_price: Limit price, in `quoteAsset` per unit of `baseAsset`. Required.
        base_amount: Amount of the base asset.
        quote_amount: Amount of the quote asset.
        side: `BUY` or `SELL` the base asset. Required.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        expired_type: How long the order stays open. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | str,
    expired_type: ConvertExpiredType | str,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertLimitOrderResult:
    """Place a limit order.

    Places a convert limit order that executes when the price from `baseAsset` to `quoteAsset`
    reaches `limitPrice`. Which asset is the base comes from `fromIsBase` in the pair list. Give the
    amount on one side only: `baseAmount` or `quoteAmount`.

    POST /sapi/v1/convert/limit/placeOrder · security TRADE · weight 500


    Args:
        base_asset: Base asset of the pair. Required.
        quote_asset: Quote asset of the pair. Required.
        limit_price: Limit price, in `quoteAsset` per unit of `baseAsset`. Required.
        base_amount: Amount of the base asset.
        quote_amount: Amount of the quote asset.
        side: `BUY` or `SELL` the base asset. Required.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        expired_type: How long the order stays open. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertLimitOrderResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                base_asset=base_asset,
                quote_asset=quote_asset,
                limit_price=limit_price,
                base_amount=base_amount,
                quote_amount=quote_amount,
                side=side,
                wallet_type=wallet_type,
                expired_type=expired_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | str,
    expired_type: ConvertExpiredType | str,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertLimitOrderResult]:
    """Place a limit order.

    Places a convert limit order that executes when the price from `baseAsset` to `quoteAsset`
    reaches `limitPrice`. Which asset is the base comes from `fromIsBase` in the pair list. Give the
    amount on one side only: `baseAmount` or `quoteAmount`.

    POST /sapi/v1/convert/limit/placeOrder · security TRADE · weight 500


    Args:
        base_asset: Base asset of the pair. Required.
        quote_asset: Quote asset of the pair. Required.
        limit_price: Limit price, in `quoteAsset` per unit of `baseAsset`. Required.
        base_amount: Amount of the base asset.
        quote_amount: Amount of the quote asset.
        side: `BUY` or `SELL` the base asset. Required.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        expired_type: How long the order stays open. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            base_asset=base_asset,
            quote_asset=quote_asset,
            limit_price=limit_price,
            base_amount=base_amount,
            quote_amount=quote_amount,
            side=side,
            wallet_type=wallet_type,
            expired_type=expired_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_asset: str,
    quote_asset: str,
    limit_price: DecimalLike,
    side: OrderSide | str,
    expired_type: ConvertExpiredType | str,
    base_amount: DecimalLike | None = None,
    quote_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertLimitOrderResult:
    """Place a limit order.

    Places a convert limit order that executes when the price from `baseAsset` to `quoteAsset`
    reaches `limitPrice`. Which asset is the base comes from `fromIsBase` in the pair list. Give the
    amount on one side only: `baseAmount` or `quoteAmount`.

    POST /sapi/v1/convert/limit/placeOrder · security TRADE · weight 500


    Args:
        base_asset: Base asset of the pair. Required.
        quote_asset: Quote asset of the pair. Required.
        limit_price: Limit price, in `quoteAsset` per unit of `baseAsset`. Required.
        base_amount: Amount of the base asset.
        quote_amount: Amount of the quote asset.
        side: `BUY` or `SELL` the base asset. Required.
        wallet_type: Wallet(s) to pay from. Defaults to `SPOT`.
        expired_type: How long the order stays open. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertLimitOrderResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                base_asset=base_asset,
                quote_asset=quote_asset,
                limit_price=limit_price,
                base_amount=base_amount,
                quote_amount=quote_amount,
                side=side,
                wallet_type=wallet_type,
                expired_type=expired_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
