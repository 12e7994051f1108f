"""Futures assets of a managed sub-account: GET /sapi/v1/managed-subaccount/fetch-future-asset (USER_DATA, weight 60).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_futures_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_managed_futures_assets import SubAccountManagedFuturesAssets
from ...models.sub_account_managed_futures_type import SubAccountManagedFuturesType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountFuturesAssets"]
ANSWER = AnswerPlan(
    "managedSubAccountFuturesAssets",
    {"$ref": "SubAccountManagedFuturesAssets"},
    schemas='{"SubAccountManagedFuturesAssets":{"properties":{"code":{"type":"string"},"message":{"type":"string"},"snapshotVos":{"items":{"$ref":"SubAccountManagedFuturesSnapshot"},"type":"array"}},"required":["code","message","snapshotVos"],"type":"object"},"SubAccountManagedFuturesBalance":{"properties":{"asset":{"type":"string"},"marginBalance":{"type":"number"},"walletBalance":{"type":"number"}},"required":["asset","marginBalance","walletBalance"],"type":"object"},"SubAccountManagedFuturesData":{"properties":{"assets":{"items":{"$ref":"SubAccountManagedFuturesBalance"},"type":"array"},"position":{"items":{"$ref":"SubAccountManagedFuturesPosition"},"type":"array"}},"required":["assets","position"],"type":"object"},"SubAccountManagedFuturesPosition":{"properties":{"entryPrice":{"type":"number"},"markPrice":{"type":"number"},"positionAmt":{"type":"number"},"symbol":{"type":"string"}},"required":["symbol","entryPrice","markPrice","positionAmt"],"type":"object"},"SubAccountManagedFuturesSnapshot":{"properties":{"data":{"$ref":"SubAccountManagedFuturesData"},"type":{"type":"string"},"updateTime":{"type":"integer"}},"required":["type","updateTime","data"],"type":"object"}}',
)


def _arguments(
    email: str,
    *,
    account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "account_type": account_type,
    }


def _parse(data: Any) -> SubAccountManagedFuturesAssets:
    try:
        response_200 = SubAccountManagedFuturesAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedFuturesAssets]:
    """`Spot.sub_account.managed_sub_account_futures_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedFuturesAssets:
    """`Spot.sub_account.managed_sub_account_futures_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedFuturesAssets]:
    """`Spot.sub_account.managed_sub_account_futures_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedFuturesAssets:
    """`Spot.sub_account.managed_sub_account_futures_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )
