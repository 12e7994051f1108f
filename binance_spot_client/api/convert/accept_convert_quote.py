"""Accept a quote: POST /sapi/v1/convert/acceptQuote (TRADE, weight 500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.convert_accepted_quote import ConvertAcceptedQuote
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["acceptConvertQuote"]


def _arguments(
    quote_id: str,
) -> dict[str, object]:
    return {
        "quote_id": quote_id,
    }


def _parse_response(response: httpx.Response) -> ConvertAcceptedQuote:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> ConvertAcceptedQuote:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = ConvertAcceptedQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[ConvertAcceptedQuote]:
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
    quote_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertAcceptedQuote]:
    """Accept a quote.

    Accepts a quote by its id, which creates the conversion order.

    POST /sapi/v1/convert/acceptQuote · security TRADE · weight 500


    Args:
        quote_id: Id of the quote to accept. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            quote_id=quote_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    quote_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertAcceptedQuote:
    """Accept a quote.

    Accepts a quote by its id, which creates the conversion order.

    POST /sapi/v1/convert/acceptQuote · security TRADE · weight 500


    Args:
        quote_id: Id of the quote to accept. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertAcceptedQuote
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                quote_id=quote_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[ConvertAcceptedQuote]:
    """Accept a quote.

    Accepts a quote by its id, which creates the conversion order.

    POST /sapi/v1/convert/acceptQuote · security TRADE · weight 500


    Args:
        quote_id: Id of the quote to accept. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            quote_id=quote_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> ConvertAcceptedQuote:
    """Accept a quote.

    Accepts a quote by its id, which creates the conversion order.

    POST /sapi/v1/convert/acceptQuote · security TRADE · weight 500


    Args:
        quote_id: Id of the quote to accept. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        ConvertAcceptedQuote
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                quote_id=quote_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
