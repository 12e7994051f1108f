"""Daily account snapshot: GET /sapi/v1/accountSnapshot (USER_DATA, weight 2400).

The parameters and answer are described on `Spot.wallet.daily_account_snapshot`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_account_snapshot import WalletAccountSnapshot
from ...models.wallet_snapshot_type import WalletSnapshotType
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
OPERATION = OPERATIONS["dailyAccountSnapshot"]
ANSWER = AnswerPlan(
    "dailyAccountSnapshot",
    {"$ref": "WalletAccountSnapshot"},
    schemas='{"WalletAccountSnapshot":{"properties":{"code":{"type":"integer"},"msg":{"type":"string"},"snapshotVos":{"items":{"$ref":"WalletSnapshot"},"type":"array"}},"required":["code","msg","snapshotVos"],"type":"object"},"WalletFuturesSnapshotData":{"properties":{"assets":{"items":{"$ref":"WalletSnapshotFuturesAsset"},"type":"array"},"position":{"items":{"$ref":"WalletSnapshotFuturesPosition"},"type":"array"}},"required":["assets","position"],"type":"object"},"WalletMarginSnapshotData":{"properties":{"marginLevel":{"type":"string"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"},"userAssets":{"items":{"$ref":"WalletSnapshotMarginAsset"},"type":"array"}},"required":["marginLevel","totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc","userAssets"],"type":"object"},"WalletSnapshot":{"properties":{"data":{"oneOf":[{"$ref":"WalletSpotSnapshotData"},{"$ref":"WalletMarginSnapshotData"},{"$ref":"WalletFuturesSnapshotData"}]},"type":{"type":"string"},"updateTime":{"type":"integer"}},"required":["type","updateTime","data"],"type":"object"},"WalletSnapshotBalance":{"properties":{"asset":{"type":"string"},"free":{"type":"string"},"locked":{"type":"string"}},"required":["asset","free","locked"],"type":"object"},"WalletSnapshotFuturesAsset":{"properties":{"asset":{"type":"string"},"marginBalance":{"type":"string"},"walletBalance":{"type":"string"}},"required":["asset","marginBalance","walletBalance"],"type":"object"},"WalletSnapshotFuturesPosition":{"properties":{"entryPrice":{"type":"string"},"markPrice":{"type":"string"},"positionAmt":{"type":"string"},"symbol":{"type":"string"},"unRealizedProfit":{"type":"string"}},"required":["entryPrice","markPrice","positionAmt","symbol","unRealizedProfit"],"type":"object"},"WalletSnapshotMarginAsset":{"properties":{"asset":{"type":"string"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"}},"required":["asset","borrowed","free","interest","locked","netAsset"],"type":"object"},"WalletSpotSnapshotData":{"properties":{"balances":{"items":{"$ref":"WalletSnapshotBalance"},"type":"array"},"totalAssetOfBtc":{"type":"string"}},"required":["balances","totalAssetOfBtc"],"type":"object"}}',
)


def _arguments(
    type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> WalletAccountSnapshot:
    try:
        response_200 = WalletAccountSnapshot.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountSnapshot]:
    """`Spot.wallet.daily_account_snapshot`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
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
    type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletAccountSnapshot:
    """`Spot.wallet.daily_account_snapshot` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
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
    type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletAccountSnapshot]:
    """`Spot.wallet.daily_account_snapshot` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
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
    type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletAccountSnapshot:
    """`Spot.wallet.daily_account_snapshot` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
