"""Create an Auto-Invest plan: POST /sapi/v1/lending/auto-invest/plan/add (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_plan_change import AutoInvestPlanChange
from ...models.auto_invest_plan_type import AutoInvestPlanType
from ...models.auto_invest_source_type import AutoInvestSourceType
from ...models.auto_invest_subscription_cycle import AutoInvestSubscriptionCycle
from ...models.auto_invest_weekday import AutoInvestWeekday
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createInvestmentPlan"]


def _arguments(
    source_type: AutoInvestSourceType | str,
    plan_type: AutoInvestPlanType | str,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle | str,
    subscription_start_time: int,
    source_asset: str,
    details: Sequence[Mapping[str, object]],
    *,
    request_id: str | None = None,
    index_id: int | None = None,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday | str | None = None,
    flexible_allowed_to_use: bool | None = None,
) -> dict[str, object]:
    return {
        "source_type": source_type,
        "request_id": request_id,
        "plan_type": plan_type,
        "index_id": index_id,
        "subscription_amount": subscription_amount,
        "subscription_cycle": subscription_cycle,
        "subscription_start_day": subscription_start_day,
        "subscription_start_weekday": subscription_start_weekday,
        "subscription_start_time": subscription_start_time,
        "source_asset": source_asset,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "details": details,
    }


def _parse_response(response: httpx.Response) -> AutoInvestPlanChange:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestPlanChange:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestPlanChange.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestPlanChange]:
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
    source_type: AutoInvestSourceType | str,
    plan_type: AutoInvestPlanType | str,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle | str,
    subscription_start_time: int,
    source_asset: str,
    details: Sequence[Mapping[str, object]],
    request_id: str | None = None,
    index_id: int | None = None,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday | str | None = None,
    flexible_allowed_to_use: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanChange]:
    """Create an Auto-Invest plan.

    Creates a recurring plan that buys one asset, a portfolio of assets or a Binance index on a
    schedule.

    POST /sapi/v1/lending/auto-invest/plan/add · security USER_DATA · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        plan_type: Kind of plan. Required.
        index_id: Index to follow, for `INDEX` plans.
        subscription_amount: Amount of the source asset spent at each investment. Required.
        subscription_cycle: How often the plan invests. Required.
        subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
        subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
        subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
        source_asset: Asset the plan pays with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            plan_type=plan_type,
            index_id=index_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    source_type: AutoInvestSourceType | str,
    plan_type: AutoInvestPlanType | str,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle | str,
    subscription_start_time: int,
    source_asset: str,
    details: Sequence[Mapping[str, object]],
    request_id: str | None = None,
    index_id: int | None = None,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday | str | None = None,
    flexible_allowed_to_use: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanChange:
    """Create an Auto-Invest plan.

    Creates a recurring plan that buys one asset, a portfolio of assets or a Binance index on a
    schedule.

    POST /sapi/v1/lending/auto-invest/plan/add · security USER_DATA · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        plan_type: Kind of plan. Required.
        index_id: Index to follow, for `INDEX` plans.
        subscription_amount: Amount of the source asset spent at each investment. Required.
        subscription_cycle: How often the plan invests. Required.
        subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
        subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
        subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
        source_asset: Asset the plan pays with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanChange
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                source_type=source_type,
                request_id=request_id,
                plan_type=plan_type,
                index_id=index_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | str,
    plan_type: AutoInvestPlanType | str,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle | str,
    subscription_start_time: int,
    source_asset: str,
    details: Sequence[Mapping[str, object]],
    request_id: str | None = None,
    index_id: int | None = None,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday | str | None = None,
    flexible_allowed_to_use: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestPlanChange]:
    """Create an Auto-Invest plan.

    Creates a recurring plan that buys one asset, a portfolio of assets or a Binance index on a
    schedule.

    POST /sapi/v1/lending/auto-invest/plan/add · security USER_DATA · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        plan_type: Kind of plan. Required.
        index_id: Index to follow, for `INDEX` plans.
        subscription_amount: Amount of the source asset spent at each investment. Required.
        subscription_cycle: How often the plan invests. Required.
        subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
        subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
        subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
        source_asset: Asset the plan pays with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            plan_type=plan_type,
            index_id=index_id,
            subscription_amount=subscription_amount,
            subscription_cycle=subscription_cycle,
            subscription_start_day=subscription_start_day,
            subscription_start_weekday=subscription_start_weekday,
            subscription_start_time=subscription_start_time,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            details=details,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | str,
    plan_type: AutoInvestPlanType | str,
    subscription_amount: DecimalLike,
    subscription_cycle: AutoInvestSubscriptionCycle | str,
    subscription_start_time: int,
    source_asset: str,
    details: Sequence[Mapping[str, object]],
    request_id: str | None = None,
    index_id: int | None = None,
    subscription_start_day: int | None = None,
    subscription_start_weekday: AutoInvestWeekday | str | None = None,
    flexible_allowed_to_use: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestPlanChange:
    """Create an Auto-Invest plan.

    Creates a recurring plan that buys one asset, a portfolio of assets or a Binance index on a
    schedule.

    POST /sapi/v1/lending/auto-invest/plan/add · security USER_DATA · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        plan_type: Kind of plan. Required.
        index_id: Index to follow, for `INDEX` plans.
        subscription_amount: Amount of the source asset spent at each investment. Required.
        subscription_cycle: How often the plan invests. Required.
        subscription_start_day: Day of the month to invest on, for `MONTHLY` plans.
        subscription_start_weekday: Day of the week to invest on, for `WEEKLY` and `BI_WEEKLY` plans.
        subscription_start_time: Hour of the day to invest at, 0 to 23 (UTC). Required.
        source_asset: Asset the plan pays with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestPlanChange
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                source_type=source_type,
                request_id=request_id,
                plan_type=plan_type,
                index_id=index_id,
                subscription_amount=subscription_amount,
                subscription_cycle=subscription_cycle,
                subscription_start_day=subscription_start_day,
                subscription_start_weekday=subscription_start_weekday,
                subscription_start_time=subscription_start_time,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                details=details,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
