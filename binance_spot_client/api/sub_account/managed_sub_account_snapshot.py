"""Daily snapshots of a managed sub-account: GET /sapi/v1/managed-subaccount/accountSnapshot (USER_DATA, weight 2400).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_snapshot`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_managed_snapshots import SubAccountManagedSnapshots
from ...models.sub_account_snapshot_type import SubAccountSnapshotType
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
OPERATION = OPERATIONS["managedSubAccountSnapshot"]
ANSWER = AnswerPlan(
    "managedSubAccountSnapshot",
    {"$ref": "SubAccountManagedSnapshots"},
    schemas='{"SubAccountManagedSnapshots":{"properties":{"code":{"type":"integer"},"msg":{"type":"string"},"snapshotVos":{"items":{"$ref":"SubAccountSnapshot"},"type":"array"}},"required":["code","msg","snapshotVos"],"type":"object"},"SubAccountMarginAsset":{"properties":{"asset":{"type":"string"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"}},"required":["asset","borrowed","free","interest","locked","netAsset"],"type":"object"},"SubAccountSnapshot":{"properties":{"data":{"$ref":"SubAccountSnapshotData"},"type":{"type":"string"},"updateTime":{"type":"integer"}},"required":["data","type","updateTime"],"type":"object"},"SubAccountSnapshotBalance":{"properties":{"asset":{"type":"string"},"free":{"type":"string"},"locked":{"type":"string"}},"required":["asset","free","locked"],"type":"object"},"SubAccountSnapshotData":{"properties":{"assets":{"items":{"$ref":"SubAccountSnapshotFuturesAsset"},"type":"array"},"balances":{"items":{"$ref":"SubAccountSnapshotBalance"},"type":"array"},"marginLevel":{"type":"string"},"position":{"items":{"$ref":"SubAccountSnapshotFuturesPosition"},"type":"array"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"},"userAssets":{"items":{"$ref":"SubAccountMarginAsset"},"type":"array"}},"type":"object"},"SubAccountSnapshotFuturesAsset":{"properties":{"asset":{"type":"string"},"marginBalance":{"type":"string"},"walletBalance":{"type":"string"}},"required":["asset","marginBalance","walletBalance"],"type":"object"},"SubAccountSnapshotFuturesPosition":{"properties":{"entryPrice":{"type":"string"},"markPrice":{"type":"string"},"positionAmt":{"type":"string"},"symbol":{"type":"string"},"unRealizedProfit":{"type":"string"}},"required":["symbol"],"type":"object"}}',
)


def _arguments(
    email: str,
    type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountManagedSnapshots:
    try:
        response_200 = SubAccountManagedSnapshots.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedSnapshots]:
    """`Spot.sub_account.managed_sub_account_snapshot`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    email: str,
    type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedSnapshots:
    """`Spot.sub_account.managed_sub_account_snapshot` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedSnapshots]:
    """`Spot.sub_account.managed_sub_account_snapshot` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedSnapshots:
    """`Spot.sub_account.managed_sub_account_snapshot` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
