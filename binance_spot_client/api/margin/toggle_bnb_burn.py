"""Set BNB fee and interest payment: POST /sapi/v1/bnbBurn (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_bnb_burn import MarginBnbBurn
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["toggleBnbBurn"]


def _arguments(
    *,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
) -> dict[str, object]:
    return {
        "spot_bnb_burn": spot_bnb_burn,
        "interest_bnb_burn": interest_bnb_burn,
    }


def _parse_response(response: httpx.Response) -> MarginBnbBurn:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginBnbBurn:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginBnbBurn.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginBnbBurn]:
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
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginBnbBurn]:
    """Set BNB fee and interest payment.

    Turns paying spot trading fees in BNB, and paying margin interest in BNB, on or off. Send at
    least one of the two settings.

    POST /sapi/v1/bnbBurn · security USER_DATA · weight 1


    Args:
        spot_bnb_burn: `true` to pay spot trading fees in BNB, `false` to stop.
        interest_bnb_burn: `true` to pay margin interest in BNB, `false` to stop.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginBnbBurn:
    """Set BNB fee and interest payment.

    Turns paying spot trading fees in BNB, and paying margin interest in BNB, on or off. Send at
    least one of the two settings.

    POST /sapi/v1/bnbBurn · security USER_DATA · weight 1


    Args:
        spot_bnb_burn: `true` to pay spot trading fees in BNB, `false` to stop.
        interest_bnb_burn: `true` to pay margin interest in BNB, `false` to stop.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginBnbBurn
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                spot_bnb_burn=spot_bnb_burn,
                interest_bnb_burn=interest_bnb_burn,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginBnbBurn]:
    """Set BNB fee and interest payment.

    Turns paying spot trading fees in BNB, and paying margin interest in BNB, on or off. Send at
    least one of the two settings.

    POST /sapi/v1/bnbBurn · security USER_DATA · weight 1


    Args:
        spot_bnb_burn: `true` to pay spot trading fees in BNB, `false` to stop.
        interest_bnb_burn: `true` to pay margin interest in BNB, `false` to stop.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginBnbBurn:
    """Set BNB fee and interest payment.

    Turns paying spot trading fees in BNB, and paying margin interest in BNB, on or off. Send at
    least one of the two settings.

    POST /sapi/v1/bnbBurn · security USER_DATA · weight 1


    Args:
        spot_bnb_burn: `true` to pay spot trading fees in BNB, `false` to stop.
        interest_bnb_burn: `true` to pay margin interest in BNB, `false` to stop.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginBnbBurn
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                spot_bnb_burn=spot_bnb_burn,
                interest_bnb_burn=interest_bnb_burn,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
