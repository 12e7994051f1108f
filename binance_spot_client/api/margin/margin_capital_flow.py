"""Margin capital flow: GET /sapi/v1/margin/capital-flow (USER_DATA, weight 100).

The parameters and answer are described on `Spot.margin.margin_capital_flow`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_capital_flow import MarginCapitalFlow
from ...models.margin_capital_flow_type import MarginCapitalFlowType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginCapitalFlow"]
ANSWER = AnswerPlan(
    "marginCapitalFlow",
    {"type": "array", "items": {"$ref": "MarginCapitalFlow"}},
    schemas='{"MarginCapitalFlow":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"id":{"type":"integer"},"note":{"type":"string"},"symbol":{"type":"string"},"timestamp":{"type":"integer"},"tranId":{"type":"integer"},"type":{"type":"string"}},"required":["id","tranId","timestamp","asset","type","amount"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    symbol: str | None = None,
    type: MarginCapitalFlowType
    | Literal[
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "symbol": symbol,
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "from_id": from_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[MarginCapitalFlow]:
    try:
        response_200 = [MarginCapitalFlow.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type: MarginCapitalFlowType
    | Literal[
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCapitalFlow]]:
    """`Spot.margin.margin_capital_flow`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            symbol=symbol,
            type=type,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type: MarginCapitalFlowType
    | Literal[
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCapitalFlow]:
    """`Spot.margin.margin_capital_flow` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            symbol=symbol,
            type=type,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type: MarginCapitalFlowType
    | Literal[
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginCapitalFlow]]:
    """`Spot.margin.margin_capital_flow` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            symbol=symbol,
            type=type,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    symbol: str | None = None,
    type: MarginCapitalFlowType
    | Literal[
        "TRANSFER",
        "BORROW",
        "REPAY",
        "BUY_INCOME",
        "BUY_EXPENSE",
        "SELL_INCOME",
        "SELL_EXPENSE",
        "TRADING_COMMISSION",
        "BUY_LIQUIDATION",
        "SELL_LIQUIDATION",
        "REPAY_LIQUIDATION",
        "OTHER_LIQUIDATION",
        "LIQUIDATION_FEE",
        "SMALL_BALANCE_CONVERT",
        "COMMISSION_RETURN",
        "SMALL_CONVERT",
    ]
    | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    from_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginCapitalFlow]:
    """`Spot.margin.margin_capital_flow` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            symbol=symbol,
            type=type,
            start_time=start_time,
            end_time=end_time,
            from_id=from_id,
            limit=limit,
        ),
        options,
    )
