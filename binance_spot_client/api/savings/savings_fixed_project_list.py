"""List fixed savings projects: GET /sapi/v1/lending/project/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.savings_fixed_project import SavingsFixedProject
from ...models.savings_project_sort import SavingsProjectSort
from ...models.savings_project_status import SavingsProjectStatus
from ...models.savings_project_type import SavingsProjectType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["savingsFixedProjectList"]


def _arguments(
    type_: SavingsProjectType | str,
    *,
    asset: str | None = None,
    status: SavingsProjectStatus | str | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type_": type_,
        "status": status,
        "is_sort_asc": is_sort_asc,
        "sort_by": sort_by,
        "current": current,
        "size": size,
    }


def _parse_response(response: httpx.Response) -> list[SavingsFixedProject]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[SavingsFixedProject]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [SavingsFixedProject.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SavingsFixedProject]]:
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
    type_: SavingsProjectType | str,
    asset: str | None = None,
    status: SavingsProjectStatus | str | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SavingsFixedProject]]:
    """List fixed savings projects.

    Listed the fixed-term and activity savings projects of the former Savings product, filtered and
    sorted.

    GET /sapi/v1/lending/project/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Only projects of this asset.
        type_: Kind of project to list. Required.
        status: Availability filter; defaults to `ALL`.
        is_sort_asc: Sort ascending; defaults to true.
        sort_by: Sort field; defaults to `START_TIME`.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    type_: SavingsProjectType | str,
    asset: str | None = None,
    status: SavingsProjectStatus | str | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SavingsFixedProject]:
    """List fixed savings projects.

    Listed the fixed-term and activity savings projects of the former Savings product, filtered and
    sorted.

    GET /sapi/v1/lending/project/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Only projects of this asset.
        type_: Kind of project to list. Required.
        status: Availability filter; defaults to `ALL`.
        is_sort_asc: Sort ascending; defaults to true.
        sort_by: Sort field; defaults to `START_TIME`.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SavingsFixedProject]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                status=status,
                is_sort_asc=is_sort_asc,
                sort_by=sort_by,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type_: SavingsProjectType | str,
    asset: str | None = None,
    status: SavingsProjectStatus | str | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[SavingsFixedProject]]:
    """List fixed savings projects.

    Listed the fixed-term and activity savings projects of the former Savings product, filtered and
    sorted.

    GET /sapi/v1/lending/project/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Only projects of this asset.
        type_: Kind of project to list. Required.
        status: Availability filter; defaults to `ALL`.
        is_sort_asc: Sort ascending; defaults to true.
        sort_by: Sort field; defaults to `START_TIME`.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            type_=type_,
            status=status,
            is_sort_asc=is_sort_asc,
            sort_by=sort_by,
            current=current,
            size=size,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    type_: SavingsProjectType | str,
    asset: str | None = None,
    status: SavingsProjectStatus | str | None = None,
    is_sort_asc: bool | None = None,
    sort_by: SavingsProjectSort | str | None = None,
    current: int | None = None,
    size: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[SavingsFixedProject]:
    """List fixed savings projects.

    Listed the fixed-term and activity savings projects of the former Savings product, filtered and
    sorted.

    GET /sapi/v1/lending/project/list · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        asset: Only projects of this asset.
        type_: Kind of project to list. Required.
        status: Availability filter; defaults to `ALL`.
        is_sort_asc: Sort ascending; defaults to true.
        sort_by: Sort field; defaults to `START_TIME`.
        current: Page number, counted from 1; defaults to 1.
        size: Rows per page; defaults to 10, at most 100.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[SavingsFixedProject]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                type_=type_,
                status=status,
                is_sort_asc=is_sort_asc,
                sort_by=sort_by,
                current=current,
                size=size,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
