"""BUSD convert history (retired): GET /sapi/v1/asset/convert-transfer/queryByPage (USER_DATA, weight 5).

The parameters and answer are described on `Spot.wallet.busd_convert_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_busd_convert_account_type import WalletBusdConvertAccountType
from ...models.wallet_busd_convert_history import WalletBusdConvertHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["busdConvertHistory"]
ANSWER = AnswerPlan(
    "busdConvertHistory",
    {"$ref": "WalletBusdConvertHistory"},
    schemas='{"WalletBusdConvertAccountType":{"type":"string"},"WalletBusdConvertHistory":{"properties":{"rows":{"items":{"$ref":"WalletBusdConvertRecord"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"WalletBusdConvertRecord":{"properties":{"accountType":{"$ref":"WalletBusdConvertAccountType"},"deductedAmount":{"type":"string"},"deductedAsset":{"type":"string"},"status":{"type":"string"},"targetAmount":{"type":"string"},"targetAsset":{"type":"string"},"time":{"type":"integer"},"tranId":{"type":"integer"},"type":{"type":"integer"}},"required":["tranId","type","time","deductedAsset","deductedAmount","targetAsset","targetAmount","status","accountType"],"type":"object"}}',
)


def _arguments(
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "tran_id": tran_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "account_type": account_type,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> WalletBusdConvertHistory:
    try:
        response_200 = WalletBusdConvertHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletBusdConvertHistory]:
    """`Spot.wallet.busd_convert_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletBusdConvertHistory:
    """`Spot.wallet.busd_convert_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletBusdConvertHistory]:
    """`Spot.wallet.busd_convert_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike,
    end_time: TimeLike,
    tran_id: int | None = None,
    asset: str | None = None,
    account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletBusdConvertHistory:
    """`Spot.wallet.busd_convert_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            account_type=account_type,
            current=current,
            size=size,
        ),
        options,
    )
