"""Deposit history (travel rule): GET /sapi/v1/localentity/deposit/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.deposit_history_travel_rule`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_deposit_record import WalletTravelRuleDepositRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositHistoryTravelRule"]
ANSWER = AnswerPlan(
    "depositHistoryTravelRule",
    {"type": "array", "items": {"$ref": "WalletTravelRuleDepositRecord"}},
    schemas='{"WalletTravelRuleDepositRecord":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"coin":{"type":"string"},"confirmTimes":{"type":"string"},"depositStatus":{"type":"integer"},"insertTime":{"type":"integer"},"network":{"type":"string"},"questionnaire":{"type":["string","null"]},"requireQuestionnaire":{"type":"boolean"},"trId":{"type":"integer"},"tranId":{"type":"integer"},"transferType":{"type":"integer"},"travelRuleStatus":{"type":"integer"},"txId":{"type":"string"},"unlockConfirm":{"type":"integer"},"walletType":{"type":"integer"}},"required":["trId","tranId","amount","coin","network","depositStatus","travelRuleStatus","address","addressTag","txId","insertTime","transferType","confirmTimes"],"type":"object"}}',
)


def _arguments(
    *,
    tr_id: str | None = None,
    tx_id: str | None = None,
    tran_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    pending_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "tr_id": tr_id,
        "tx_id": tx_id,
        "tran_id": tran_id,
        "network": network,
        "coin": coin,
        "travel_rule_status": travel_rule_status,
        "pending_questionnaire": pending_questionnaire,
        "start_time": start_time,
        "end_time": end_time,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> list[WalletTravelRuleDepositRecord]:
    try:
        response_200 = [WalletTravelRuleDepositRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    tran_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    pending_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleDepositRecord]]:
    """`Spot.wallet.deposit_history_travel_rule`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            tran_id=tran_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            pending_questionnaire=pending_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    tran_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    pending_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleDepositRecord]:
    """`Spot.wallet.deposit_history_travel_rule` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            tran_id=tran_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            pending_questionnaire=pending_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    tran_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    pending_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleDepositRecord]]:
    """`Spot.wallet.deposit_history_travel_rule` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            tran_id=tran_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            pending_questionnaire=pending_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    tran_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    pending_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleDepositRecord]:
    """`Spot.wallet.deposit_history_travel_rule` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            tran_id=tran_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            pending_questionnaire=pending_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        options,
    )
