"""Withdraw history V2 (travel rule): GET /sapi/v2/localentity/withdraw/history (USER_DATA, weight 18000).

The parameters and answer are described on `Spot.wallet.withdraw_history_travel_rule_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_withdraw_record import WalletTravelRuleWithdrawRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawHistoryTravelRuleV2"]
ANSWER = AnswerPlan(
    "withdrawHistoryTravelRuleV2",
    {"type": "array", "items": {"$ref": "WalletTravelRuleWithdrawRecord"}},
    schemas='{"WalletTravelRuleWithdrawRecord":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"applyTime":{"type":"string"},"coin":{"type":"string"},"completeTime":{"type":"string"},"confirmNo":{"type":"integer"},"id":{"type":"string"},"info":{"type":"string"},"network":{"type":"string"},"questionnaire":{"type":"string"},"trId":{"type":"integer"},"transactionFee":{"type":"string"},"transferType":{"type":"integer"},"travelRuleStatus":{"type":"integer"},"txId":{"type":"string"},"txKey":{"type":"string"},"walletType":{"type":"integer"},"withdrawOrderId":{"type":"string"},"withdrawalStatus":{"type":"integer"}},"required":["id","trId","amount","coin","travelRuleStatus","address","txId","applyTime","transferType"],"type":"object"}}',
)


def _arguments(
    *,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "tr_id": tr_id,
        "tx_id": tx_id,
        "withdraw_order_id": withdraw_order_id,
        "network": network,
        "coin": coin,
        "travel_rule_status": travel_rule_status,
        "offset": offset,
        "limit": limit,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> list[WalletTravelRuleWithdrawRecord]:
    try:
        response_200 = [WalletTravelRuleWithdrawRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleWithdrawRecord]]:
    """`Spot.wallet.withdraw_history_travel_rule_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleWithdrawRecord]:
    """`Spot.wallet.withdraw_history_travel_rule_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleWithdrawRecord]]:
    """`Spot.wallet.withdraw_history_travel_rule_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleWithdrawRecord]:
    """`Spot.wallet.withdraw_history_travel_rule_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
