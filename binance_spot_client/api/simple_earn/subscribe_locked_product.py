"""Subscribe to a locked product: POST /sapi/v1/simple-earn/locked/subscribe (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
from ...models.simple_earn_locked_subscription import SimpleEarnLockedSubscription
from ...models.simple_earn_source_account import SimpleEarnSourceAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeLockedProduct"]


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
        "redeem_to": redeem_to,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnLockedSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnLockedSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnLockedSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnLockedSubscription]:
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
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnLockedSubscription]:
    """Subscribe to a locked product.

    Locks `amount` in a fixed-term Simple Earn product and opens a position. Binance allows one call
    every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/locked/subscribe · security TRADE · weight 1


    Args:
        project_id: Product to subscribe to, as listed by the locked product list. Required.
        amount: Amount of the product's asset to lock. Required.
        auto_subscribe: Whether the position is renewed automatically when it matures. Binance's 2024 file gives
            true as the default, its current pages false; send it explicitly.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity when it is not renewed: `SPOT` or `FLEXIBLE`
            (Binance's pages disagree on the default).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnLockedSubscription:
    """Subscribe to a locked product.

    Locks `amount` in a fixed-term Simple Earn product and opens a position. Binance allows one call
    every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/locked/subscribe · security TRADE · weight 1


    Args:
        project_id: Product to subscribe to, as listed by the locked product list. Required.
        amount: Amount of the product's asset to lock. Required.
        auto_subscribe: Whether the position is renewed automatically when it matures. Binance's 2024 file gives
            true as the default, its current pages false; send it explicitly.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity when it is not renewed: `SPOT` or `FLEXIBLE`
            (Binance's pages disagree on the default).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnLockedSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnLockedSubscription]:
    """Subscribe to a locked product.

    Locks `amount` in a fixed-term Simple Earn product and opens a position. Binance allows one call
    every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/locked/subscribe · security TRADE · weight 1


    Args:
        project_id: Product to subscribe to, as listed by the locked product list. Required.
        amount: Amount of the product's asset to lock. Required.
        auto_subscribe: Whether the position is renewed automatically when it matures. Binance's 2024 file gives
            true as the default, its current pages false; send it explicitly.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity when it is not renewed: `SPOT` or `FLEXIBLE`
            (Binance's pages disagree on the default).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnLockedSubscription:
    """Subscribe to a locked product.

    Locks `amount` in a fixed-term Simple Earn product and opens a position. Binance allows one call
    every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/locked/subscribe · security TRADE · weight 1


    Args:
        project_id: Product to subscribe to, as listed by the locked product list. Required.
        amount: Amount of the product's asset to lock. Required.
        auto_subscribe: Whether the position is renewed automatically when it matures. Binance's 2024 file gives
            true as the default, its current pages false; send it explicitly.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity when it is not renewed: `SPOT` or `FLEXIBLE`
            (Binance's pages disagree on the default).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnLockedSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
