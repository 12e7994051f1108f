"""Verify a gift card: GET /sapi/v1/giftcard/verify (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.gift_card_verification import GiftCardVerification
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["verifyGiftCard"]


def _arguments(
    reference_no: str,
) -> dict[str, object]:
    return {
        "reference_no": reference_no,
    }


def _parse_response(response: httpx.Response) -> GiftCardVerification:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> GiftCardVerification:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = GiftCardVerification.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[GiftCardVerification]:
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
    reference_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardVerification]:
    """Verify a gift card.

    Tells whether a gift card is valid and what it holds, from its gift card number. After 5 wrong
    numbers within an hour, verification is blocked for the rest of that hour.

    GET /sapi/v1/giftcard/verify · security USER_DATA · weight 1


    Args:
        reference_no: Gift card number (the `referenceNo` returned at creation). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            reference_no=reference_no,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    reference_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardVerification:
    """Verify a gift card.

    Tells whether a gift card is valid and what it holds, from its gift card number. After 5 wrong
    numbers within an hour, verification is blocked for the rest of that hour.

    GET /sapi/v1/giftcard/verify · security USER_DATA · weight 1


    Args:
        reference_no: Gift card number (the `referenceNo` returned at creation). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardVerification
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                reference_no=reference_no,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    reference_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardVerification]:
    """Verify a gift card.

    Tells whether a gift card is valid and what it holds, from its gift card number. After 5 wrong
    numbers within an hour, verification is blocked for the rest of that hour.

    GET /sapi/v1/giftcard/verify · security USER_DATA · weight 1


    Args:
        reference_no: Gift card number (the `referenceNo` returned at creation). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            reference_no=reference_no,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    reference_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardVerification:
    """Verify a gift card.

    Tells whether a gift card is valid and what it holds, from its gift card number. After 5 wrong
    numbers within an hour, verification is blocked for the rest of that hour.

    GET /sapi/v1/giftcard/verify · security USER_DATA · weight 1


    Args:
        reference_no: Gift card number (the `referenceNo` returned at creation). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardVerification
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                reference_no=reference_no,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
