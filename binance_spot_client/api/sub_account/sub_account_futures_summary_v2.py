"""Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M): GET /sapi/v2/sub-account/futures/accountSummary (USER_DATA, weight 10).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_summary_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.sub_account_futures_summary_coin_m import SubAccountFuturesSummaryCoinM
from ...models.sub_account_futures_summary_usd_m import SubAccountFuturesSummaryUsdM
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesSummaryV2"]
ANSWER = AnswerPlan(
    "subAccountFuturesSummaryV2",
    {"oneOf": [{"$ref": "SubAccountFuturesSummaryUsdM"}, {"$ref": "SubAccountFuturesSummaryCoinM"}]},
    schemas='{"SubAccountDeliverySummary":{"properties":{"asset":{"type":"string"},"subAccountList":{"items":{"$ref":"SubAccountDeliveryTotals"},"type":"array"},"totalMarginBalanceOfBTC":{"type":"string"},"totalUnrealizedProfitOfBTC":{"type":"string"},"totalWalletBalanceOfBTC":{"type":"string"}},"required":["totalMarginBalanceOfBTC","totalUnrealizedProfitOfBTC","totalWalletBalanceOfBTC","asset","subAccountList"],"type":"object"},"SubAccountDeliveryTotals":{"properties":{"asset":{"type":"string"},"email":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"}},"required":["email","totalMarginBalance","totalUnrealizedProfit","totalWalletBalance","asset"],"type":"object"},"SubAccountFuturesSummary":{"properties":{"asset":{"type":"string"},"subAccountList":{"items":{"$ref":"SubAccountFuturesTotals"},"type":"array"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"}},"required":["totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","asset","subAccountList"],"type":"object"},"SubAccountFuturesSummaryCoinM":{"properties":{"deliveryAccountSummaryResp":{"$ref":"SubAccountDeliverySummary"}},"required":["deliveryAccountSummaryResp"],"type":"object"},"SubAccountFuturesSummaryUsdM":{"properties":{"futureAccountSummaryResp":{"$ref":"SubAccountFuturesSummary"}},"required":["futureAccountSummaryResp"],"type":"object"},"SubAccountFuturesTotals":{"properties":{"asset":{"type":"string"},"email":{"type":"string"},"totalInitialMargin":{"type":"string"},"totalMaintenanceMargin":{"type":"string"},"totalMarginBalance":{"type":"string"},"totalOpenOrderInitialMargin":{"type":"string"},"totalPositionInitialMargin":{"type":"string"},"totalUnrealizedProfit":{"type":"string"},"totalWalletBalance":{"type":"string"}},"required":["email","totalInitialMargin","totalMaintenanceMargin","totalMarginBalance","totalOpenOrderInitialMargin","totalPositionInitialMargin","totalUnrealizedProfit","totalWalletBalance","asset"],"type":"object"}}',
)


def _arguments(
    futures_type: int,
    *,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "futures_type": futures_type,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    try:

        def _parse_response_200(data: object) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubAccountFuturesSummaryUsdM.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubAccountFuturesSummaryCoinM.from_dict(data)

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
    futures_type: Literal[1],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryUsdM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    futures_type: Literal[2],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryCoinM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]: ...
def sync_detailed(
    *,
    client: SpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_summary_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        options,
    )


@overload
def sync(
    *,
    client: SpotClient,
    futures_type: Literal[1],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryUsdM: ...
@overload
def sync(
    *,
    client: SpotClient,
    futures_type: Literal[2],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM: ...
@overload
def sync(
    *,
    client: SpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM: ...
def sync(
    *,
    client: SpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    """`Spot.sub_account.sub_account_futures_summary_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        options,
    )


@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    futures_type: Literal[1],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryUsdM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    futures_type: Literal[2],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryCoinM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]: ...
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_summary_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        options,
    )


@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    futures_type: Literal[1],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryUsdM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    futures_type: Literal[2],
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM: ...
async def asyncio(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    """`Spot.sub_account.sub_account_futures_summary_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        options,
    )
