"""Convert history: GET /oauth-api/v1/ocbs/query-history (OAUTH, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.o_auth_convert_history_response import OAuthConvertHistoryResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertHistory"]


def _arguments(
    *,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "status": status,
        "quote_id": quote_id,
        "create_time_start": create_time_start,
        "create_time_end": create_time_end,
        "update_time_start": update_time_start,
        "update_time_end": update_time_end,
        "page": page,
        "rows": rows,
    }


def _parse_response(response: httpx.Response) -> OAuthConvertHistoryResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> OAuthConvertHistoryResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = OAuthConvertHistoryResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[OAuthConvertHistoryResponse]:
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
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    timeout: float | None = None,
) -> Response[OAuthConvertHistoryResponse]:
    """Convert history.

    The user's conversions, newest first, a page at a time.

    GET /oauth-api/v1/ocbs/query-history · security OAUTH · weight 1


    Args:
        order_id: Only this conversion order.
        status: Only conversions in this status.
        quote_id: Only the conversion of this quote.
        create_time_start: Created at or after this time (ms).
        create_time_end: Created at or before this time (ms).
        update_time_start: Updated at or after this time (ms).
        update_time_end: Updated at or before this time (ms).
        page: Page number, from 1 (default 1).
        rows: Conversions per page, at most 2000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    timeout: float | None = None,
) -> OAuthConvertHistoryResponse:
    """Convert history.

    The user's conversions, newest first, a page at a time.

    GET /oauth-api/v1/ocbs/query-history · security OAUTH · weight 1


    Args:
        order_id: Only this conversion order.
        status: Only conversions in this status.
        quote_id: Only the conversion of this quote.
        create_time_start: Created at or after this time (ms).
        create_time_end: Created at or before this time (ms).
        update_time_start: Updated at or after this time (ms).
        update_time_end: Updated at or before this time (ms).
        page: Page number, from 1 (default 1).
        rows: Conversions per page, at most 2000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertHistoryResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                status=status,
                quote_id=quote_id,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                update_time_start=update_time_start,
                update_time_end=update_time_end,
                page=page,
                rows=rows,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    timeout: float | None = None,
) -> Response[OAuthConvertHistoryResponse]:
    """Convert history.

    The user's conversions, newest first, a page at a time.

    GET /oauth-api/v1/ocbs/query-history · security OAUTH · weight 1


    Args:
        order_id: Only this conversion order.
        status: Only conversions in this status.
        quote_id: Only the conversion of this quote.
        create_time_start: Created at or after this time (ms).
        create_time_end: Created at or before this time (ms).
        update_time_start: Updated at or after this time (ms).
        update_time_end: Updated at or before this time (ms).
        page: Page number, from 1 (default 1).
        rows: Conversions per page, at most 2000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            create_time_start=create_time_start,
            create_time_end=create_time_end,
            update_time_start=update_time_start,
            update_time_end=update_time_end,
            page=page,
            rows=rows,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str | None = None,
    status: str | None = None,
    quote_id: str | None = None,
    create_time_start: int | None = None,
    create_time_end: int | None = None,
    update_time_start: int | None = None,
    update_time_end: int | None = None,
    page: int | None = None,
    rows: int | None = None,
    timeout: float | None = None,
) -> OAuthConvertHistoryResponse:
    """Convert history.

    The user's conversions, newest first, a page at a time.

    GET /oauth-api/v1/ocbs/query-history · security OAUTH · weight 1


    Args:
        order_id: Only this conversion order.
        status: Only conversions in this status.
        quote_id: Only the conversion of this quote.
        create_time_start: Created at or after this time (ms).
        create_time_end: Created at or before this time (ms).
        update_time_start: Updated at or after this time (ms).
        update_time_end: Updated at or before this time (ms).
        page: Page number, from 1 (default 1).
        rows: Conversions per page, at most 2000.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        OAuthConvertHistoryResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                status=status,
                quote_id=quote_id,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                update_time_start=update_time_start,
                update_time_end=update_time_end,
                page=page,
                rows=rows,
            ),
            timeout=timeout,
        )
    )
