"""Withdraw history: GET /sapi/v1/capital/withdraw/history (USER_DATA, weight 18000).

The parameters and answer are described on `Spot.wallet.withdraw_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_withdraw_record import WalletWithdrawRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawHistory"]
ANSWER = AnswerPlan(
    "withdrawHistory",
    {"type": "array", "items": {"$ref": "WalletWithdrawRecord"}},
    schemas='{"WalletWithdrawRecord":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"applyTime":{"type":"string"},"coin":{"type":"string"},"completeTime":{"type":"string"},"confirmNo":{"type":"integer"},"id":{"type":"string"},"info":{"type":"string"},"network":{"type":"string"},"status":{"type":"integer"},"transactionFee":{"type":"string"},"transferType":{"type":"integer"},"txId":{"type":"string"},"txKey":{"type":"string"},"walletType":{"type":"integer"},"withdrawOrderId":{"type":"string"}},"required":["id","amount","transactionFee","coin","status","address","txId","applyTime","transferType"],"type":"object"}}',
)


def _arguments(
    *,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "withdraw_order_id": withdraw_order_id,
        "status": status,
        "offset": offset,
        "limit": limit,
        "id_list": id_list,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> list[WalletWithdrawRecord]:
    try:
        response_200 = [WalletWithdrawRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletWithdrawRecord]]:
    """`Spot.wallet.withdraw_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletWithdrawRecord]:
    """`Spot.wallet.withdraw_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletWithdrawRecord]]:
    """`Spot.wallet.withdraw_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str | None = None,
    withdraw_order_id: str | None = None,
    status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    id_list: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletWithdrawRecord]:
    """`Spot.wallet.withdraw_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            withdraw_order_id=withdraw_order_id,
            status=status,
            offset=offset,
            limit=limit,
            id_list=id_list,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
