"""One-time purchase status: GET /sapi/v1/lending/auto-invest/one-off/status (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.one_time_investment_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_one_time_transaction_status import AutoInvestOneTimeTransactionStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["oneTimeInvestmentStatus"]
ANSWER = AnswerPlan(
    "oneTimeInvestmentStatus",
    {"$ref": "AutoInvestOneTimeTransactionStatus"},
    schemas='{"AutoInvestOneTimeTransactionStatus":{"properties":{"status":{"type":"string"},"transactionId":{"type":"integer"}},"required":["transactionId","status"],"type":"object"}}',
)


def _arguments(
    transaction_id: int,
    *,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "transaction_id": transaction_id,
        "request_id": request_id,
    }


def _parse(data: Any) -> AutoInvestOneTimeTransactionStatus:
    try:
        response_200 = AutoInvestOneTimeTransactionStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    transaction_id: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestOneTimeTransactionStatus]:
    """`Spot.auto_invest.one_time_investment_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    transaction_id: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestOneTimeTransactionStatus:
    """`Spot.auto_invest.one_time_investment_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    transaction_id: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestOneTimeTransactionStatus]:
    """`Spot.auto_invest.one_time_investment_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    transaction_id: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestOneTimeTransactionStatus:
    """`Spot.auto_invest.one_time_investment_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            transaction_id=transaction_id,
            request_id=request_id,
        ),
        options,
    )
