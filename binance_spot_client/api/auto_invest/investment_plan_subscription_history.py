"""Auto-Invest purchase history: GET /sapi/v1/lending/auto-invest/history/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_plan_type_filter import AutoInvestPlanTypeFilter
from ...models.auto_invest_subscription_record import AutoInvestSubscriptionRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentPlanSubscriptionHistory"]


def _arguments(
    *,
    plan_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | str | None = None,
    size: int | None = None,
    current: int | None = None,
) -> dict[str, object]:
    return {
        "plan_id": plan_id,
        "start_time": start_time,
        "end_time": end_time,
        "target_asset": target_asset,
        "plan_type": plan_type,
        "size": size,
        "current": current,
    }


def _parse_response(response: httpx.Response) -> list[AutoInvestSubscriptionRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[AutoInvestSubscriptionRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [AutoInvestSubscriptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[AutoInvestSubscriptionRecord]]:
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
    plan_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestSubscriptionRecord]]:
    """Auto-Invest purchase history.

    Lists the purchases made by the account's plans and one-time transactions.

    GET /sapi/v1/lending/auto-invest/history/list · security USER_DATA · weight 1


    Args:
        plan_id: Only purchases of this plan.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        target_asset: Only purchases of this asset.
        plan_type: Only purchases of this kind of plan.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    plan_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestSubscriptionRecord]:
    """Auto-Invest purchase history.

    Lists the purchases made by the account's plans and one-time transactions.

    GET /sapi/v1/lending/auto-invest/history/list · security USER_DATA · weight 1


    Args:
        plan_id: Only purchases of this plan.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        target_asset: Only purchases of this asset.
        plan_type: Only purchases of this kind of plan.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestSubscriptionRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                start_time=start_time,
                end_time=end_time,
                target_asset=target_asset,
                plan_type=plan_type,
                size=size,
                current=current,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[AutoInvestSubscriptionRecord]]:
    """Auto-Invest purchase history.

    Lists the purchases made by the account's plans and one-time transactions.

    GET /sapi/v1/lending/auto-invest/history/list · security USER_DATA · weight 1


    Args:
        plan_id: Only purchases of this plan.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        target_asset: Only purchases of this asset.
        plan_type: Only purchases of this kind of plan.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            plan_id=plan_id,
            start_time=start_time,
            end_time=end_time,
            target_asset=target_asset,
            plan_type=plan_type,
            size=size,
            current=current,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    plan_id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    target_asset: str | None = None,
    plan_type: AutoInvestPlanTypeFilter | str | None = None,
    size: int | None = None,
    current: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[AutoInvestSubscriptionRecord]:
    """Auto-Invest purchase history.

    Lists the purchases made by the account's plans and one-time transactions.

    GET /sapi/v1/lending/auto-invest/history/list · security USER_DATA · weight 1


    Args:
        plan_id: Only purchases of this plan.
        start_time: Start of the time window, UTC milliseconds (inclusive).
        end_time: End of the time window, UTC milliseconds (inclusive).
        target_asset: Only purchases of this asset.
        plan_type: Only purchases of this kind of plan.
        size: Rows per page; defaults to 10, at most 100.
        current: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[AutoInvestSubscriptionRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                plan_id=plan_id,
                start_time=start_time,
                end_time=end_time,
                target_asset=target_asset,
                plan_type=plan_type,
                size=size,
                current=current,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
