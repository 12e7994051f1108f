"""Cloud-mining payments and refunds: GET /sapi/v1/asset/ledger-transfer/cloud-mining/queryByPage (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.cloud_mining_payment_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_cloud_mining_history import WalletCloudMiningHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cloudMiningPaymentHistory"]
ANSWER = AnswerPlan(
    "cloudMiningPaymentHistory",
    {"$ref": "WalletCloudMiningHistory"},
    schemas='{"WalletCloudMiningHistory":{"properties":{"rows":{"items":{"$ref":"WalletCloudMiningRecord"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"WalletCloudMiningRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"createTime":{"type":"integer"},"status":{"type":"string"},"tranId":{"type":"integer"},"type":{"type":"integer"}},"required":["createTime","tranId","type","asset","amount","status"],"type":"object"}}',
)


def _arguments(
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    tran_id: int | None = None,
    client_tran_id: str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "tran_id": tran_id,
        "client_tran_id": client_tran_id,
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> WalletCloudMiningHistory:
    try:
        response_200 = WalletCloudMiningHistory.from_dict(data)

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
    client_tran_id: str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletCloudMiningHistory]:
    """`Spot.wallet.cloud_mining_payment_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            client_tran_id=client_tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
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
    client_tran_id: str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletCloudMiningHistory:
    """`Spot.wallet.cloud_mining_payment_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            client_tran_id=client_tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
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
    client_tran_id: str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletCloudMiningHistory]:
    """`Spot.wallet.cloud_mining_payment_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            client_tran_id=client_tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
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
    client_tran_id: str | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletCloudMiningHistory:
    """`Spot.wallet.cloud_mining_payment_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tran_id=tran_id,
            client_tran_id=client_tran_id,
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
