"""Change a position's auto-compound plan: POST /sapi/v1/dci/product/auto_compound/edit-status (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.dual_investment_auto_compound_change import DualInvestmentAutoCompoundChange
from ...models.dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeDualInvestmentAutoCompound"]


def _arguments(
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "auto_compound_plan": auto_compound_plan,
    }


def _parse_response(response: httpx.Response) -> DualInvestmentAutoCompoundChange:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> DualInvestmentAutoCompoundChange:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = DualInvestmentAutoCompoundChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[DualInvestmentAutoCompoundChange]:
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
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentAutoCompoundChange]:
    """Change a position's auto-compound plan.

    Sets or removes the auto-compound plan of a Dual Investment position. Unavailable daily between
    15:31 and 16:00 (UTC+8); at most one call per second per account.

    POST /sapi/v1/dci/product/auto_compound/edit-status · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Position to change, from the positions list. Required.
        auto_compound_plan: Plan to set; `NONE` switches auto-compound off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentAutoCompoundChange:
    """Change a position's auto-compound plan.

    Sets or removes the auto-compound plan of a Dual Investment position. Unavailable daily between
    15:31 and 16:00 (UTC+8); at most one call per second per account.

    POST /sapi/v1/dci/product/auto_compound/edit-status · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Position to change, from the positions list. Required.
        auto_compound_plan: Plan to set; `NONE` switches auto-compound off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentAutoCompoundChange
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                auto_compound_plan=auto_compound_plan,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentAutoCompoundChange]:
    """Change a position's auto-compound plan.

    Sets or removes the auto-compound plan of a Dual Investment position. Unavailable daily between
    15:31 and 16:00 (UTC+8); at most one call per second per account.

    POST /sapi/v1/dci/product/auto_compound/edit-status · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Position to change, from the positions list. Required.
        auto_compound_plan: Plan to set; `NONE` switches auto-compound off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            auto_compound_plan=auto_compound_plan,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentAutoCompoundChange:
    """Change a position's auto-compound plan.

    Sets or removes the auto-compound plan of a Dual Investment position. Unavailable daily between
    15:31 and 16:00 (UTC+8); at most one call per second per account.

    POST /sapi/v1/dci/product/auto_compound/edit-status · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Position to change, from the positions list. Required.
        auto_compound_plan: Plan to set; `NONE` switches auto-compound off. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentAutoCompoundChange
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                auto_compound_plan=auto_compound_plan,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
