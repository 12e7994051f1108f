"""Subscribe to a Dual Investment product: POST /sapi/v1/dci/product/subscribe (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
from ...models.dual_investment_subscription import DualInvestmentSubscription
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeDualInvestmentProduct"]


def _arguments(
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    *,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str | None = None,
) -> dict[str, object]:
    return {
        "id": id,
        "order_id": order_id,
        "deposit_amount": deposit_amount,
        "auto_compound_plan": auto_compound_plan,
    }


def _parse_response(response: httpx.Response) -> DualInvestmentSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> DualInvestmentSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = DualInvestmentSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[DualInvestmentSubscription]:
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
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentSubscription]:
    """Subscribe to a Dual Investment product.

    Invests `depositAmount` in a product at the quote given by `id` and `orderId` from the product
    list. A reply of "Products are not available." means the rate dropped or the quote expired;
    "Failed" means a system or network error.

    POST /sapi/v1/dci/product/subscribe · security TRADE · weight 1


    Args:
        id: Product identifier, from the product list. Required.
        order_id: Quote identifier, from the product list. Required.
        deposit_amount: Amount of the invested asset to subscribe. Required.
        auto_compound_plan: Auto-compound plan for the position. Binance's 2024 file requires it; its current API
            description no longer takes it (the plan is set in the Binance app).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentSubscription:
    """Subscribe to a Dual Investment product.

    Invests `depositAmount` in a product at the quote given by `id` and `orderId` from the product
    list. A reply of "Products are not available." means the rate dropped or the quote expired;
    "Failed" means a system or network error.

    POST /sapi/v1/dci/product/subscribe · security TRADE · weight 1


    Args:
        id: Product identifier, from the product list. Required.
        order_id: Quote identifier, from the product list. Required.
        deposit_amount: Amount of the invested asset to subscribe. Required.
        auto_compound_plan: Auto-compound plan for the position. Binance's 2024 file requires it; its current API
            description no longer takes it (the plan is set in the Binance app).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                id=id,
                order_id=order_id,
                deposit_amount=deposit_amount,
                auto_compound_plan=auto_compound_plan,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentSubscription]:
    """Subscribe to a Dual Investment product.

    Invests `depositAmount` in a product at the quote given by `id` and `orderId` from the product
    list. A reply of "Products are not available." means the rate dropped or the quote expired;
    "Failed" means a system or network error.

    POST /sapi/v1/dci/product/subscribe · security TRADE · weight 1


    Args:
        id: Product identifier, from the product list. Required.
        order_id: Quote identifier, from the product list. Required.
        deposit_amount: Amount of the invested asset to subscribe. Required.
        auto_compound_plan: Auto-compound plan for the position. Binance's 2024 file requires it; its current API
            description no longer takes it (the plan is set in the Binance app).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            id=id,
            order_id=order_id,
            deposit_amount=deposit_amount,
            auto_compound_plan=auto_compound_plan,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    id: str,
    order_id: int,
    deposit_amount: DecimalLike,
    auto_compound_plan: DualInvestmentAutoCompoundPlan | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentSubscription:
    """Subscribe to a Dual Investment product.

    Invests `depositAmount` in a product at the quote given by `id` and `orderId` from the product
    list. A reply of "Products are not available." means the rate dropped or the quote expired;
    "Failed" means a system or network error.

    POST /sapi/v1/dci/product/subscribe · security TRADE · weight 1


    Args:
        id: Product identifier, from the product list. Required.
        order_id: Quote identifier, from the product list. Required.
        deposit_amount: Amount of the invested asset to subscribe. Required.
        auto_compound_plan: Auto-compound plan for the position. Binance's 2024 file requires it; its current API
            description no longer takes it (the plan is set in the Binance app).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                id=id,
                order_id=order_id,
                deposit_amount=deposit_amount,
                auto_compound_plan=auto_compound_plan,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
