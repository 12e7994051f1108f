"""Dust log: GET /sapi/v1/asset/dribblet (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.dust_log`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_dust_account_type import WalletDustAccountType
from ...models.wallet_dust_log import WalletDustLog
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dustLog"]
ANSWER = AnswerPlan(
    "dustLog",
    {"$ref": "WalletDustLog"},
    schemas='{"WalletDustLog":{"properties":{"total":{"type":"integer"},"userAssetDribblets":{"items":{"$ref":"WalletDustLogEntry"},"type":"array"}},"required":["total","userAssetDribblets"],"type":"object"},"WalletDustLogDetail":{"properties":{"amount":{"type":"string"},"fromAsset":{"type":"string"},"operateTime":{"type":"integer"},"serviceChargeAmount":{"type":"string"},"targetAsset":{"type":"string"},"transId":{"type":"integer"},"transferedAmount":{"type":"string"}},"required":["transId","serviceChargeAmount","amount","operateTime","transferedAmount","fromAsset"],"type":"object"},"WalletDustLogEntry":{"properties":{"operateTime":{"type":"integer"},"totalServiceChargeAmount":{"type":"string"},"totalTransferedAmount":{"type":"string"},"transId":{"type":"integer"},"userAssetDribbletDetails":{"items":{"$ref":"WalletDustLogDetail"},"type":"array"}},"required":["operateTime","totalTransferedAmount","totalServiceChargeAmount","transId","userAssetDribbletDetails"],"type":"object"}}',
)


def _arguments(
    *,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "account_type": account_type,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> WalletDustLog:
    try:
        response_200 = WalletDustLog.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustLog]:
    """`Spot.wallet.dust_log`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            account_type=account_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustLog:
    """`Spot.wallet.dust_log` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            account_type=account_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDustLog]:
    """`Spot.wallet.dust_log` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            account_type=account_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> WalletDustLog:
    """`Spot.wallet.dust_log` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            account_type=account_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
