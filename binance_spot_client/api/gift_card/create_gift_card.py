"""Create a gift card: POST /sapi/v1/giftcard/createCode (USER_DATA, weight 1).

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
OPERATION = OPERATIONS["createGiftCard"]


def _arguments(
    token: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "token": token,
        "amount": amount,
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
    token: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardCodeResult]:
    """Create a gift card.

    Creates a single-token gift card: the amount of `token` is taken from the funding wallet and can
    be claimed by whoever redeems the code. The account must have passed KYC, hold the amount in its
    funding wallet, and the API key needs the withdrawal permission. At most 200 cards and 2 BTC
    worth can be created per 24 hours.

    POST /sapi/v1/giftcard/createCode · security USER_DATA · weight 1


    Args:
        token: Asset the card holds. Required.
        amount: Amount of the asset the card holds. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            token=token,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    token: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardCodeResult:
    """Create a gift card.

    Creates a single-token gift card: the amount of `token` is taken from the funding wallet and can
    be claimed by whoever redeems the code. The account must have passed KYC, hold the amount in its
    funding wallet, and the API key needs the withdrawal permission. At most 200 cards and 2 BTC
    worth can be created per 24 hours.

    POST /sapi/v1/giftcard/createCode · security USER_DATA · weight 1


    Args:
        token: Asset the card holds. Required.
        amount: Amount of the asset the card holds. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardCodeResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                token=token,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardCodeResult]:
    """Create a gift card.

    Creates a single-token gift card: the amount of `token` is taken from the funding wallet and can
    be claimed by whoever redeems the code. The account must have passed KYC, hold the amount in its
    funding wallet, and the API key needs the withdrawal permission. At most 200 cards and 2 BTC
    worth can be created per 24 hours.

    POST /sapi/v1/giftcard/createCode · security USER_DATA · weight 1


    Args:
        token: Asset the card holds. Required.
        amount: Amount of the asset the card holds. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            token=token,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    token: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardCodeResult:
    """Create a gift card.

    Creates a single-token gift card: the amount of `token` is taken from the funding wallet and can
    be claimed by whoever redeems the code. The account must have passed KYC, hold the amount in its
    funding wallet, and the API key needs the withdrawal permission. At most 200 cards and 2 BTC
    worth can be created per 24 hours.

    POST /sapi/v1/giftcard/createCode · security USER_DATA · weight 1


    Args:
        token: Asset the card holds. Required.
        amount: Amount of the asset the card holds. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardCodeResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                token=token,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
