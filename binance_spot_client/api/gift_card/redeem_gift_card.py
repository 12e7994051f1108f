"""Redeem a gift card: POST /sapi/v1/giftcard/redeemCode (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.gift_card_redemption import GiftCardRedemption
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemGiftCard"]


def _arguments(
    code: str,
    *,
    external_uid: str | None = None,
) -> dict[str, object]:
    return {
        "code": code,
        "external_uid": external_uid,
    }


def _parse_response(response: httpx.Response) -> GiftCardRedemption:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> GiftCardRedemption:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = GiftCardRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[GiftCardRedemption]:
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
    code: str,
    external_uid: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardRedemption]:
    """Redeem a gift card.

    Redeems a gift card code; its content is credited to the funding wallet. After 5 wrong codes
    within 24 hours, redemption is blocked for the rest of the day.

    POST /sapi/v1/giftcard/redeemCode · security USER_DATA · weight 1


    Args:
        code: Redemption code, in plain text or encrypted with the RSA public key of the day. Required.
        external_uid: Id of the end user on your platform (any format, at most 400 characters); lets Binance
            apply per-user redemption limits instead of limiting the whole account. Recommended when
            several of your users redeem through one account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    code: str,
    external_uid: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardRedemption:
    """Redeem a gift card.

    Redeems a gift card code; its content is credited to the funding wallet. After 5 wrong codes
    within 24 hours, redemption is blocked for the rest of the day.

    POST /sapi/v1/giftcard/redeemCode · security USER_DATA · weight 1


    Args:
        code: Redemption code, in plain text or encrypted with the RSA public key of the day. Required.
        external_uid: Id of the end user on your platform (any format, at most 400 characters); lets Binance
            apply per-user redemption limits instead of limiting the whole account. Recommended when
            several of your users redeem through one account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardRedemption
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                code=code,
                external_uid=external_uid,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    code: str,
    external_uid: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[GiftCardRedemption]:
    """Redeem a gift card.

    Redeems a gift card code; its content is credited to the funding wallet. After 5 wrong codes
    within 24 hours, redemption is blocked for the rest of the day.

    POST /sapi/v1/giftcard/redeemCode · security USER_DATA · weight 1


    Args:
        code: Redemption code, in plain text or encrypted with the RSA public key of the day. Required.
        external_uid: Id of the end user on your platform (any format, at most 400 characters); lets Binance
            apply per-user redemption limits instead of limiting the whole account. Recommended when
            several of your users redeem through one account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    code: str,
    external_uid: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> GiftCardRedemption:
    """Redeem a gift card.

    Redeems a gift card code; its content is credited to the funding wallet. After 5 wrong codes
    within 24 hours, redemption is blocked for the rest of the day.

    POST /sapi/v1/giftcard/redeemCode · security USER_DATA · weight 1


    Args:
        code: Redemption code, in plain text or encrypted with the RSA public key of the day. Required.
        external_uid: Id of the end user on your platform (any format, at most 400 characters); lets Binance
            apply per-user redemption limits instead of limiting the whole account. Recommended when
            several of your users redeem through one account.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        GiftCardRedemption
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                code=code,
                external_uid=external_uid,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
