"""C2C trade history: GET /sapi/v1/c2c/orderMatch/listUserOrderHistory (USER_DATA, weight 1).

The parameters and answer are described on `Spot.c2c.c_2_c_trade_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.c2c_trade_history import C2CTradeHistory
from ...models.order_side import OrderSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["c2cTradeHistory"]
ANSWER = AnswerPlan(
    "c2cTradeHistory",
    {"$ref": "C2cTradeHistory"},
    schemas='{"C2cTrade":{"properties":{"additionalKycVerify":{"type":"integer"},"advNo":{"type":"string"},"advertisementRole":{"type":"string"},"amount":{"type":"string"},"asset":{"type":"string"},"commission":{"type":"string"},"counterPartNickName":{"type":"string"},"createTime":{"type":"integer"},"fiat":{"type":"string"},"fiatSymbol":{"type":"string"},"orderNumber":{"type":"string"},"orderStatus":{"type":"string"},"payMethodName":{"type":"string"},"takerAmount":{"type":"string"},"takerCommission":{"type":"string"},"takerCommissionRate":{"type":"string"},"totalPrice":{"type":"string"},"tradeType":{"$ref":"OrderSide"},"unitPrice":{"type":"string"}},"required":["orderNumber","advNo","tradeType","asset","fiat","fiatSymbol","amount","totalPrice","unitPrice","orderStatus","createTime","commission","counterPartNickName","advertisementRole"],"type":"object"},"C2cTradeHistory":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"C2cTrade"},"type":"array"},"message":{"type":"string"},"success":{"type":"boolean"},"total":{"type":"integer"}},"required":["code","message","data","total","success"],"type":"object"},"OrderSide":{"type":"string"}}',
)


def _arguments(
    *,
    trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_timestamp: TimeLike | None = None,
    end_timestamp: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "trade_type": trade_type,
        "start_timestamp": start_timestamp,
        "end_timestamp": end_timestamp,
        "page": page,
        "rows": rows,
    }


def _parse(data: Any) -> C2CTradeHistory:
    try:
        response_200 = C2CTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_timestamp: TimeLike | None = None,
    end_timestamp: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[C2CTradeHistory]:
    """`Spot.c2c.c_2_c_trade_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            rows=rows,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_timestamp: TimeLike | None = None,
    end_timestamp: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> C2CTradeHistory:
    """`Spot.c2c.c_2_c_trade_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_timestamp: TimeLike | None = None,
    end_timestamp: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[C2CTradeHistory]:
    """`Spot.c2c.c_2_c_trade_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    trade_type: OrderSide | Literal["BUY", "SELL"] | None = None,
    start_timestamp: TimeLike | None = None,
    end_timestamp: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> C2CTradeHistory:
    """`Spot.c2c.c_2_c_trade_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            trade_type=trade_type,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            page=page,
            rows=rows,
        ),
        options,
    )
