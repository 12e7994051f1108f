"""Deposit history: GET /sapi/v1/capital/deposit/hisrec (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.deposit_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_deposit_record import WalletDepositRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositHistory"]
ANSWER = AnswerPlan(
    "depositHistory",
    {"type": "array", "items": {"$ref": "WalletDepositRecord"}},
    schemas='{"WalletDepositRecord":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"coin":{"type":"string"},"completeTime":{"type":"integer"},"confirmTimes":{"type":"string"},"id":{"type":"string"},"insertTime":{"type":"integer"},"network":{"type":"string"},"sourceAddress":{"type":"string"},"status":{"type":"integer"},"transferType":{"type":"integer"},"travelRuleStatus":{"type":"integer"},"txId":{"type":"string"},"unlockConfirm":{"anyOf":[{"type":"integer"},{"type":"string"}]},"walletType":{"type":"integer"}},"required":["amount","coin","network","status","address","addressTag","txId","insertTime","transferType","unlockConfirm","confirmTimes"],"type":"object"}}',
)


def _arguments(
    *,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
) -> dict[str, object]:
    return {
        "include_source": include_source,
        "coin": coin,
        "status": status,
        "start_time": start_time,
        "end_time": end_time,
        "offset": offset,
        "limit": limit,
        "tx_id": tx_id,
    }


def _parse(data: Any) -> list[WalletDepositRecord]:
    try:
        response_200 = [WalletDepositRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDepositRecord]]:
    """`Spot.wallet.deposit_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletDepositRecord]:
    """`Spot.wallet.deposit_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletDepositRecord]]:
    """`Spot.wallet.deposit_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    include_source: bool | None = None,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    offset: int | None = None,
    limit: int | None = None,
    tx_id: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletDepositRecord]:
    """`Spot.wallet.deposit_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            include_source=include_source,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            tx_id=tx_id,
        ),
        options,
    )
