"""Buy a dual-token gift card: POST /sapi/v1/giftcard/buyCode (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.gift_card_code_result import GiftCardCodeResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["buyDualTokenGiftCard"]


def _arguments(
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
) -> dict[str, object]:
    return {
        "base_token": base_token,
        "face_token": face_token,
        "base_token_amount": base_token_amount,
    }


def _parse_response(response: httpx.Response) -> GiftCardCodeResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> GiftCardCodeResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = GiftCardCodeResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[GiftCardCodeResult]:
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
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardCodeResult]:
    """Buy a dual-token gift card.

    Buys a fixed-value gift card that redeems to `faceToken` while being paid in `baseToken` (crypto
    or fiat) from the funding wallet. With both tokens equal, it is the same as creating a gift
    card. Which payment tokens are accepted comes from the token limit endpoint. The account must
    have passed KYC, hold the amount in its funding wallet, and the API key needs the withdrawal
    permission. At most 200 cards and 2 BTC worth can be created per 24 hours.

    POST /sapi/v1/giftcard/buyCode · security TRADE · weight 1


    Args:
        base_token: Token to pay with. Required.
        face_token: Token the card redeems to. Required.
        base_token_amount: Amount of `baseToken` to pay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardCodeResult:
    """Buy a dual-token gift card.

    Buys a fixed-value gift card that redeems to `faceToken` while being paid in `baseToken` (crypto
    or fiat) from the funding wallet. With both tokens equal, it is the same as creating a gift
    card. Which payment tokens are accepted comes from the token limit endpoint. The account must
    have passed KYC, hold the amount in its funding wallet, and the API key needs the withdrawal
    permission. At most 200 cards and 2 BTC worth can be created per 24 hours.

    POST /sapi/v1/giftcard/buyCode · security TRADE · weight 1


    Args:
        base_token: Token to pay with. Required.
        face_token: Token the card redeems to. Required.
        base_token_amount: Amount of `baseToken` to pay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardCodeResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                base_token=base_token,
                face_token=face_token,
                base_token_amount=base_token_amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardCodeResult]:
    """Buy a dual-token gift card.

    Buys a fixed-value gift card that redeems to `faceToken` while being paid in `baseToken` (crypto
    or fiat) from the funding wallet. With both tokens equal, it is the same as creating a gift
    card. Which payment tokens are accepted comes from the token limit endpoint. The account must
    have passed KYC, hold the amount in its funding wallet, and the API key needs the withdrawal
    permission. At most 200 cards and 2 BTC worth can be created per 24 hours.

    POST /sapi/v1/giftcard/buyCode · security TRADE · weight 1


    Args:
        base_token: Token to pay with. Required.
        face_token: Token the card redeems to. Required.
        base_token_amount: Amount of `baseToken` to pay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardCodeResult:
    """Buy a dual-token gift card.

    Buys a fixed-value gift card that redeems to `faceToken` while being paid in `baseToken` (crypto
    or fiat) from the funding wallet. With both tokens equal, it is the same as creating a gift
    card. Which payment tokens are accepted comes from the token limit endpoint. The account must
    have passed KYC, hold the amount in its funding wallet, and the API key needs the withdrawal
    permission. At most 200 cards and 2 BTC worth can be created per 24 hours.

    POST /sapi/v1/giftcard/buyCode · security TRADE · weight 1


    Args:
        base_token: Token to pay with. Required.
        face_token: Token the card redeems to. Required.
        base_token_amount: Amount of `baseToken` to pay. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardCodeResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                base_token=base_token,
                face_token=face_token,
                base_token_amount=base_token_amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
