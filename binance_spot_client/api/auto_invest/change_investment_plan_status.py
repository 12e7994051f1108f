"""Pause, resume or remove a plan: POST /sapi/v1/lending/auto-invest/plan/edit-status (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_plan_status import AutoInvestPlanStatus
from ...models.auto_invest_plan_status_change import AutoInvestPlanStatusChange
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changeInvestmentPlanStatus"]


def _arguments(
    plan_id: int,
    status: AutoInvestPlanStatus | str,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "status": status,
    }


def _parse_response(response: httpx.Response) -> AutoInvestPlanStatusChange:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestPlanStatusChange:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestPlanStatusChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestPlanStatusChange]:
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
    plan_id: int,
    status: AutoInvestPlanStatus | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanStatusChange]:
    """Pause, resume or remove a plan.

    Puts a plan in a new state: `ONGOING` resumes it, `PAUSED` suspends it, `REMOVED` ends it.
    Binance allows three calls per second per account.

    POST /sapi/v1/lending/auto-invest/plan/edit-status · security TRADE · weight 1


    Args:
        plan_id: Plan to change. Required.
        status: New state of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanStatusChange:
    """Pause, resume or remove a plan.

    Puts a plan in a new state: `ONGOING` resumes it, `PAUSED` suspends it, `REMOVED` ends it.
    Binance allows three calls per second per account.

    POST /sapi/v1/lending/auto-invest/plan/edit-status · security TRADE · weight 1


    Args:
        plan_id: Plan to change. Required.
        status: New state of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanStatusChange
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                status=status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanStatusChange]:
    """Pause, resume or remove a plan.

    Puts a plan in a new state: `ONGOING` resumes it, `PAUSED` suspends it, `REMOVED` ends it.
    Binance allows three calls per second per account.

    POST /sapi/v1/lending/auto-invest/plan/edit-status · security TRADE · weight 1


    Args:
        plan_id: Plan to change. Required.
        status: New state of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            status=status,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int,
    status: AutoInvestPlanStatus | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanStatusChange:
    """Pause, resume or remove a plan.

    Puts a plan in a new state: `ONGOING` resumes it, `PAUSED` suspends it, `REMOVED` ends it.
    Binance allows three calls per second per account.

    POST /sapi/v1/lending/auto-invest/plan/edit-status · security TRADE · weight 1


    Args:
        plan_id: Plan to change. Required.
        status: New state of the plan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanStatusChange
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                status=status,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
