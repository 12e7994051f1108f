"""Redeem from a flexible product: POST /sapi/v1/simple-earn/flexible/redeem (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_redeem_destination import SimpleEarnRedeemDestination
from ...models.simple_earn_redemption import SimpleEarnRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemFlexibleProduct"]


def _arguments(
    product_id: str,
    *,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | str | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "redeem_all": redeem_all,
        "amount": amount,
        "dest_account": dest_account,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnRedemption]:
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
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnRedemption]:
    """Redeem from a flexible product.

    Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


    Args:
        product_id: Product to redeem from. Required.
        redeem_all: Redeem the whole holding; defaults to false.
        amount: Amount to redeem; mandatory unless `redeemAll` is true.
        dest_account: Wallet to pay into; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnRedemption:
    """Redeem from a flexible product.

    Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


    Args:
        product_id: Product to redeem from. Required.
        redeem_all: Redeem the whole holding; defaults to false.
        amount: Amount to redeem; mandatory unless `redeemAll` is true.
        dest_account: Wallet to pay into; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
                redeem_all=redeem_all,
                amount=amount,
                dest_account=dest_account,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnRedemption]:
    """Redeem from a flexible product.

    Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


    Args:
        product_id: Product to redeem from. Required.
        redeem_all: Redeem the whole holding; defaults to false.
        amount: Amount to redeem; mandatory unless `redeemAll` is true.
        dest_account: Wallet to pay into; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnRedemption:
    """Redeem from a flexible product.

    Takes `amount`, or everything with `redeemAll`, out of a flexible product. Binance allows one
    call every 3 seconds per account, and the API key needs the spot and margin trading permission.

    POST /sapi/v1/simple-earn/flexible/redeem · security TRADE · weight 1


    Args:
        product_id: Product to redeem from. Required.
        redeem_all: Redeem the whole holding; defaults to false.
        amount: Amount to redeem; mandatory unless `redeemAll` is true.
        dest_account: Wallet to pay into; defaults to `SPOT`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                product_id=product_id,
                redeem_all=redeem_all,
                amount=amount,
                dest_account=dest_account,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
