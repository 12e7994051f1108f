"""Futures account of a sub-account (USDⓈ-M or COIN-M): GET /sapi/v2/sub-account/futures/account (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_account_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.sub_account_futures_account_coin_m import SubAccountFuturesAccountCoinM
from ...models.sub_account_futures_account_usd_m import SubAccountFuturesAccountUsdM
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesAccountV2"]
ANSWER = AnswerPlan(
    "subAccountFuturesAccountV2",
    {"oneOf": [{"$ref": "SubAccountFuturesAccountUsdM"}, {"$ref": "SubAccountFuturesAccountCoinM"}]},
    schemas='{"SubAccountDeliveryAccount":{"properties":{"assets":{"items":{"$ref":"SubAccountFuturesAsset"},"type":"array"},"canDeposit":{"type":"boolean"},"canTrade":{"type":"boolean"},"canWithdraw":{"type":"boolean"},"email":{"type":"string"},"feeTier":{"type":"integer"},"updateTime":{"type":"integer"}},"required":["email","assets","canDeposit","canTrade","canWithdraw","feeTier","updateTime"],"type":"object"},"SubAccountFuturesAccount":{"properties":{"asset":{"type":"string"},"assets":{"items":{"$ref":"SubAccountFuturesAsset"},"type":"array"},"canDeposit":{"type":"boolean"},"canTrade":{"type":"boolean"},"canWithdraw":{"type":"boolean"},"email":{"type":"string"},"feeTier":{"type":"integer"},"maxWithdrawAmount":{"type":"string"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"},"updateTime":{"type":"integer"}},"required":["email","assets","canDeposit","canTrade","canWithdraw","feeTier","maxWithdrawAmount","totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","updateTime"],"type":"object"},"SubAccountFuturesAccountCoinM":{"properties":{"deliveryAccountResp":{"$ref":"SubAccountDeliveryAccount"}},"required":["deliveryAccountResp"],"type":"object"},"SubAccountFuturesAccountUsdM":{"properties":{"futureAccountResp":{"$ref":"SubAccountFuturesAccount"}},"required":["futureAccountResp"],"type":"object"},"SubAccountFuturesAsset":{"properties":{"asset":{"type":"string"},"initialMargin":{"type":"string"},"maintenanceMargin":{"type":"string"},"marginBalance":{"type":"string"},"maxWithdrawAmount":{"type":"string"},"openOrderInitialMargin":{"type":"string"},"positionInitialMargin":{"type":"string"},"unrealizedProfit":{"type":"string"},"walletBalance":{"type":"string"}},"required":["asset","initialMargin","maintenanceMargin","marginBalance","maxWithdrawAmount","openOrderInitialMargin","positionInitialMargin","unrealizedProfit","walletBalance"],"type":"object"}}',
)


def _arguments(
    email: str,
    futures_type: int,
) -> dict[str, object]:
    return {
        "email": email,
        "futures_type": futures_type,
    }


def _parse(data: Any) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
    try:

        def _parse_response_200(data: object) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubAccountFuturesAccountUsdM.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubAccountFuturesAccountCoinM.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountUsdM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountCoinM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM]: ...
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_account_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountUsdM: ...
@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM: ...
@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM: ...
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
    """`Spot.sub_account.sub_account_futures_account_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountUsdM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountCoinM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM]: ...
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_account_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountUsdM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM: ...
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
    """`Spot.sub_account.sub_account_futures_account_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )
