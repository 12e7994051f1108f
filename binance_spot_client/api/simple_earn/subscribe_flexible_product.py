"""Subscribe to a flexible product: POST /sapi/v1/simple-earn/flexible/subscribe (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_flexible_subscription import SimpleEarnFlexibleSubscription
from ...models.simple_earn_source_account import SimpleEarnSourceAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeFlexibleProduct"]


def _arguments(
    product_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnFlexibleSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnFlexibleSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnFlexibleSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnFlexibleSubscription]:
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
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnFlexibleSubscription]:
    """Subscribe to a flexible product.

    Moves `amount` of the product's asset into a flexible Simple Earn product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/subscribe · security TRADE · weight 1


    Args:
        product_id: Product to subscribe to, as listed by the flexible product list. Required.
        amount: Amount of the product's asset to subscribe. Required.
        auto_subscribe: Whether rewards and matured amounts are subscribed again automatically; defaults to
            true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnFlexibleSubscription:
    """Subscribe to a flexible product.

    Moves `amount` of the product's asset into a flexible Simple Earn product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/subscribe · security TRADE · weight 1


    Args:
        product_id: Product to subscribe to, as listed by the flexible product list. Required.
        amount: Amount of the product's asset to subscribe. Required.
        auto_subscribe: Whether rewards and matured amounts are subscribed again automatically; defaults to
            true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnFlexibleSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnFlexibleSubscription]:
    """Subscribe to a flexible product.

    Moves `amount` of the product's asset into a flexible Simple Earn product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/subscribe · security TRADE · weight 1


    Args:
        product_id: Product to subscribe to, as listed by the flexible product list. Required.
        amount: Amount of the product's asset to subscribe. Required.
        auto_subscribe: Whether rewards and matured amounts are subscribed again automatically; defaults to
            true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnFlexibleSubscription:
    """Subscribe to a flexible product.

    Moves `amount` of the product's asset into a flexible Simple Earn product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/subscribe · security TRADE · weight 1


    Args:
        product_id: Product to subscribe to, as listed by the flexible product list. Required.
        amount: Amount of the product's asset to subscribe. Required.
        auto_subscribe: Whether rewards and matured amounts are subscribed again automatically; defaults to
            true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnFlexibleSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
