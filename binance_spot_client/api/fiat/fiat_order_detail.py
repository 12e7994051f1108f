"""Fiat order detail: GET /sapi/v1/fiat/get-order-detail (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.fiat_order_detail import FiatOrderDetail
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatOrderDetail"]


def _arguments(
    order_no: str,
) -> dict[str, object]:
    return {
        "order_no": order_no,
    }


def _parse_response(response: httpx.Response) -> FiatOrderDetail:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> FiatOrderDetail:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = FiatOrderDetail.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[FiatOrderDetail]:
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
    order_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderDetail]:
    """Fiat order detail.

    Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
    it completes. The account must have passed KYC (or KYB) and activated fiat services.

    GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


    Args:
        order_no: Id of the order, as returned when it was submitted. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_no=order_no,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FiatOrderDetail:
    """Fiat order detail.

    Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
    it completes. The account must have passed KYC (or KYB) and activated fiat services.

    GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


    Args:
        order_no: Id of the order, as returned when it was submitted. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatOrderDetail
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_no=order_no,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[FiatOrderDetail]:
    """Fiat order detail.

    Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
    it completes. The account must have passed KYC (or KYB) and activated fiat services.

    GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


    Args:
        order_no: Id of the order, as returned when it was submitted. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_no=order_no,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_no: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> FiatOrderDetail:
    """Fiat order detail.

    Returns the state of a fiat deposit or withdrawal order, for example to poll a withdrawal until
    it completes. The account must have passed KYC (or KYB) and activated fiat services.

    GET /sapi/v1/fiat/get-order-detail · security USER_DATA · weight 1


    Args:
        order_no: Id of the order, as returned when it was submitted. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        FiatOrderDetail
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_no=order_no,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
