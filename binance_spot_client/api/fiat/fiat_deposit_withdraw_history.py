"""Fiat deposit and withdrawal history: GET /sapi/v1/fiat/orders (USER_DATA, weight 45000).

The parameters and answer are described on `Spot.fiat.fiat_deposit_withdraw_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.fiat_order_history import FiatOrderHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatDepositWithdrawHistory"]
ANSWER = AnswerPlan(
    "fiatDepositWithdrawHistory",
    {"$ref": "FiatOrderHistory"},
    schemas='{"FiatOrder":{"properties":{"amount":{"type":"string"},"createTime":{"type":"integer"},"fiatCurrency":{"type":"string"},"indicatedAmount":{"type":"string"},"method":{"type":"string"},"orderNo":{"type":"string"},"status":{"type":"string"},"totalFee":{"type":"string"},"updateTime":{"type":"integer"}},"required":["orderNo","fiatCurrency","indicatedAmount","amount","totalFee","method","status","createTime","updateTime"],"type":"object"},"FiatOrderHistory":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"FiatOrder"},"type":"array"},"message":{"type":"string"},"success":{"type":"boolean"},"total":{"type":"integer"}},"required":["code","message","data","total","success"],"type":"object"}}',
)


def _arguments(
    transaction_type: int,
    *,
    begin_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
) -> dict[str, object]:
    return {
        "transaction_type": transaction_type,
        "begin_time": begin_time,
        "end_time": end_time,
        "page": page,
        "rows": rows,
    }


def _parse(data: Any) -> FiatOrderHistory:
    try:
        response_200 = FiatOrderHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    transaction_type: int,
    begin_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderHistory]:
    """`Spot.fiat.fiat_deposit_withdraw_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    transaction_type: int,
    begin_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> FiatOrderHistory:
    """`Spot.fiat.fiat_deposit_withdraw_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    transaction_type: int,
    begin_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderHistory]:
    """`Spot.fiat.fiat_deposit_withdraw_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    transaction_type: int,
    begin_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    rows: int | None = None,
    **options: Unpack[CallOptions],
) -> FiatOrderHistory:
    """`Spot.fiat.fiat_deposit_withdraw_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            transaction_type=transaction_type,
            begin_time=begin_time,
            end_time=end_time,
            page=page,
            rows=rows,
        ),
        options,
    )
