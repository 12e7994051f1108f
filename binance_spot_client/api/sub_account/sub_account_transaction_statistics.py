"""Trading volume statistics of a sub-account: GET /sapi/v1/sub-account/transaction-statistics (USER_DATA, weight 60).

The parameters and answer are described on `Spot.sub_account.sub_account_transaction_statistics`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_transaction_statistics import SubAccountTransactionStatistics
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountTransactionStatistics"]
ANSWER = AnswerPlan(
    "subAccountTransactionStatistics",
    {"$ref": "SubAccountTransactionStatistics"},
    schemas='{"SubAccountTradeInfo":{"properties":{"btc":{"type":"number"},"btcFutures":{"type":"number"},"btcMargin":{"type":"number"},"busd":{"type":"number"},"busdFutures":{"type":"number"},"busdMargin":{"type":"number"},"date":{"type":"integer"},"userId":{"type":"integer"}},"type":"object"},"SubAccountTransactionStatistics":{"properties":{"recent30BtcFuturesTotal":{"type":"string"},"recent30BtcMarginTotal":{"type":"string"},"recent30BtcTotal":{"type":"string"},"recent30BusdFuturesTotal":{"type":"string"},"recent30BusdMarginTotal":{"type":"string"},"recent30BusdTotal":{"type":"string"},"tradeInfoVos":{"items":{"$ref":"SubAccountTradeInfo"},"type":"array"}},"required":["recent30BtcTotal","recent30BtcFuturesTotal","recent30BtcMarginTotal","recent30BusdTotal","recent30BusdFuturesTotal","recent30BusdMarginTotal","tradeInfoVos"],"type":"object"}}',
)


def _arguments(
    *,
    email: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountTransactionStatistics:
    try:
        response_200 = SubAccountTransactionStatistics.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransactionStatistics]:
    """`Spot.sub_account.sub_account_transaction_statistics`, returning the whole response: status, headers, rate limits and the model."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountTransactionStatistics:
    """`Spot.sub_account.sub_account_transaction_statistics` as a function of the client."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransactionStatistics]:
    """`Spot.sub_account.sub_account_transaction_statistics` on an async client, returning the whole response."""
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
    email: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountTransactionStatistics:
    """`Spot.sub_account.sub_account_transaction_statistics` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
