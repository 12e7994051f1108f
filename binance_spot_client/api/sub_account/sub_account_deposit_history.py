"""Deposit history of a sub-account: GET /sapi/v1/capital/deposit/subHisrec (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_deposit_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_deposit import SubAccountDeposit
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountDepositHistory"]
ANSWER = AnswerPlan(
    "subAccountDepositHistory",
    {"type": "array", "items": {"$ref": "SubAccountDeposit"}},
    schemas='{"SubAccountDeposit":{"properties":{"address":{"type":"string"},"addressTag":{"type":"string"},"amount":{"type":"string"},"coin":{"type":"string"},"confirmTimes":{"type":"string"},"id":{"type":"string"},"insertTime":{"type":"integer"},"network":{"type":"string"},"sourceAddress":{"type":"string"},"status":{"type":"integer"},"transferType":{"type":"integer"},"txId":{"type":"string"},"unlockConfirm":{"type":"integer"},"walletType":{"type":"integer"}},"required":["amount","coin","network","status","address","addressTag","txId","insertTime","transferType","confirmTimes"],"type":"object"}}',
)


def _arguments(
    email: str,
    *,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "coin": coin,
        "status": status,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "offset": offset,
        "tx_id": tx_id,
        "include_source": include_source,
    }


def _parse(data: Any) -> list[SubAccountDeposit]:
    try:
        response_200 = [SubAccountDeposit.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountDeposit]]:
    """`Spot.sub_account.sub_account_deposit_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountDeposit]:
    """`Spot.sub_account.sub_account_deposit_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountDeposit]]:
    """`Spot.sub_account.sub_account_deposit_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str | None = None,
    status: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    offset: int | None = None,
    tx_id: str | None = None,
    include_source: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountDeposit]:
    """`Spot.sub_account.sub_account_deposit_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            status=status,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            offset=offset,
            tx_id=tx_id,
            include_source=include_source,
        ),
        options,
    )
