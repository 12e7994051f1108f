"""Pay trade history: GET /sapi/v1/pay/transactions (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.pay.pay_trade_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.pay_trade_history import PayTradeHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["payTradeHistory"]
ANSWER = AnswerPlan(
    "payTradeHistory",
    {"$ref": "PayTradeHistory"},
    schemas='{"PayFundsDetail":{"properties":{"amount":{"type":"string"},"currency":{"type":"string"},"walletAssetCost":{"$ref":"PayWalletAssetCost"}},"required":["currency","amount"],"type":"object"},"PayPayerInfo":{"properties":{"accountId":{"type":"string"},"binanceId":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"}},"required":["name","type"],"type":"object"},"PayReceiverExtend":{"properties":{"cardNumber":{"type":"string"},"digitalWalletId":{"type":"string"},"institutionName":{"type":"string"}},"type":"object"},"PayReceiverInfo":{"properties":{"accountId":{"type":"string"},"binanceId":{"type":"string"},"countryCode":{"type":"string"},"email":{"type":"string"},"extend":{"oneOf":[{"$ref":"PayReceiverExtend"},{"items":{"$ref":"PayReceiverExtend"},"type":"array"}]},"mobileCode":{"type":"string"},"name":{"type":"string"},"phoneNumber":{"type":"string"},"type":{"type":"string"}},"required":["name","type"],"type":"object"},"PayTradeHistory":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"PayTransaction"},"type":"array"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"},"PayTransaction":{"properties":{"amount":{"type":"string"},"currency":{"type":"string"},"fundsDetail":{"items":{"$ref":"PayFundsDetail"},"type":"array"},"orderType":{"type":"string"},"payerInfo":{"$ref":"PayPayerInfo"},"receiverInfo":{"$ref":"PayReceiverInfo"},"transactionId":{"type":"string"},"transactionTime":{"type":"integer"},"walletType":{"type":"integer"},"walletTypes":{"items":{"type":"integer"},"type":"array"}},"required":["orderType","transactionId","transactionTime","amount","currency","walletType","walletTypes","fundsDetail","payerInfo","receiverInfo"],"type":"object"},"PayWalletAssetCost":{"additionalProperties":{"type":"string"},"properties":{"1":{"type":"string"},"2":{"type":"string"}},"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> PayTradeHistory:
    try:
        response_200 = PayTradeHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PayTradeHistory]:
    """`Spot.pay.pay_trade_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PayTradeHistory:
    """`Spot.pay.pay_trade_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PayTradeHistory]:
    """`Spot.pay.pay_trade_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PayTradeHistory:
    """`Spot.pay.pay_trade_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
