"""Deposit history V2 (travel rule): GET /sapi/v2/localentity/deposit/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.deposit_history_travel_rule_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_deposit_record_v2 import WalletTravelRuleDepositRecordV2
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositHistoryTravelRuleV2"]
ANSWER = AnswerPlan(
    "depositHistoryTravelRuleV2",
    {"type": "array", "items": {"$ref": "WalletTravelRuleDepositRecordV2"}},
    schemas='{"WalletTravelRuleDepositQuestionnaire":{"properties":{"depositOriginator":{"type":"integer"},"vaspName":{"type":"string"}},"type":"object"},"WalletTravelRuleDepositRecordV2":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"coin":{"type":"string"},"confirmTimes":{"type":"string"},"depositId":{"type":"string"},"depositStatus":{"type":"integer"},"insertTime":{"type":"integer"},"network":{"type":"string"},"questionnaire":{"oneOf":[{"$ref":"WalletTravelRuleDepositQuestionnaire"},{"type":"null"}]},"requireQuestionnaire":{"type":"boolean"},"transferType":{"type":"integer"},"travelRuleReqStatus":{"type":"integer"},"txId":{"type":"string"}},"required":["depositId","amount","network","coin","depositStatus","address","txId","transferType","insertTime"],"type":"object"}}',
)


def _arguments(
    *,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "tx_id": tx_id,
        "network": network,
        "coin": coin,
        "retrieve_questionnaire": retrieve_questionnaire,
        "start_time": start_time,
        "end_time": end_time,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> list[WalletTravelRuleDepositRecordV2]:
    try:
        response_200 = [WalletTravelRuleDepositRecordV2.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleDepositRecordV2]]:
    """`Spot.wallet.deposit_history_travel_rule_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
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
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleDepositRecordV2]:
    """`Spot.wallet.deposit_history_travel_rule_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
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
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTravelRuleDepositRecordV2]]:
    """`Spot.wallet.deposit_history_travel_rule_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
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
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTravelRuleDepositRecordV2]:
    """`Spot.wallet.deposit_history_travel_rule_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        options,
    )
