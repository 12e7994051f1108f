"""Dual Investment positions: GET /sapi/v1/dci/product/positions (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.dual_investment_position_page import DualInvestmentPositionPage
from ...models.dual_investment_position_status import DualInvestmentPositionStatus
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentPositions"]


def _arguments(
    *,
    status: DualInvestmentPositionStatus | str | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
) -> dict[str, object]:
    return {
        "status": status,
        "page_size": page_size,
        "page_index": page_index,
    }


def _parse_response(response: httpx.Response) -> DualInvestmentPositionPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> DualInvestmentPositionPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = DualInvestmentPositionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[DualInvestmentPositionPage]:
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
    status: DualInvestmentPositionStatus | str | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentPositionPage]:
    """Dual Investment positions.

    Lists the account's Dual Investment positions, optionally only those in one state.

    GET /sapi/v1/dci/product/positions · security USER_DATA · weight 1


    Args:
        status: Only positions in this state; all states when omitted.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    status: DualInvestmentPositionStatus | str | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentPositionPage:
    """Dual Investment positions.

    Lists the account's Dual Investment positions, optionally only those in one state.

    GET /sapi/v1/dci/product/positions · security USER_DATA · weight 1


    Args:
        status: Only positions in this state; all states when omitted.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentPositionPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                status=status,
                page_size=page_size,
                page_index=page_index,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    status: DualInvestmentPositionStatus | str | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentPositionPage]:
    """Dual Investment positions.

    Lists the account's Dual Investment positions, optionally only those in one state.

    GET /sapi/v1/dci/product/positions · security USER_DATA · weight 1


    Args:
        status: Only positions in this state; all states when omitted.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            status=status,
            page_size=page_size,
            page_index=page_index,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    status: DualInvestmentPositionStatus | str | None = None,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentPositionPage:
    """Dual Investment positions.

    Lists the account's Dual Investment positions, optionally only those in one state.

    GET /sapi/v1/dci/product/positions · security USER_DATA · weight 1


    Args:
        status: Only positions in this state; all states when omitted.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentPositionPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                status=status,
                page_size=page_size,
                page_index=page_index,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
