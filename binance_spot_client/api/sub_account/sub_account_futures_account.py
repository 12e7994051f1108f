"""USDⓈ-M futures account of a sub-account: GET /sapi/v1/sub-account/futures/account (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_account import SubAccountFuturesAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesAccount"]
ANSWER = AnswerPlan(
    "subAccountFuturesAccount",
    {"$ref": "SubAccountFuturesAccount"},
    schemas='{"SubAccountFuturesAccount":{"properties":{"asset":{"type":"string"},"assets":{"items":{"$ref":"SubAccountFuturesAsset"},"type":"array"},"canDeposit":{"type":"boolean"},"canTrade":{"type":"boolean"},"canWithdraw":{"type":"boolean"},"email":{"type":"string"},"feeTier":{"type":"integer"},"maxWithdrawAmount":{"type":"string"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"},"updateTime":{"type":"integer"}},"required":["email","assets","canDeposit","canTrade","canWithdraw","feeTier","maxWithdrawAmount","totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","updateTime"],"type":"object"},"SubAccountFuturesAsset":{"properties":{"asset":{"type":"string"},"initialMargin":{"type":"string"},"maintenanceMargin":{"type":"string"},"marginBalance":{"type":"string"},"maxWithdrawAmount":{"type":"string"},"openOrderInitialMargin":{"type":"string"},"positionInitialMargin":{"type":"string"},"unrealizedProfit":{"type":"string"},"walletBalance":{"type":"string"}},"required":["asset","initialMargin","maintenanceMargin","marginBalance","maxWithdrawAmount","openOrderInitialMargin","positionInitialMargin","unrealizedProfit","walletBalance"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountFuturesAccount:
    try:
        response_200 = SubAccountFuturesAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccount]:
    """`Spot.sub_account.sub_account_futures_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccount:
    """`Spot.sub_account.sub_account_futures_account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccount]:
    """`Spot.sub_account.sub_account_futures_account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccount:
    """`Spot.sub_account.sub_account_futures_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
