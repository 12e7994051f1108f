"""One-time Auto-Invest purchase: POST /sapi/v1/lending/auto-invest/one-off (TRADE, weight 1).

The parameters and answer are described on `Spot.auto_invest.place_one_time_investment`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_one_time_transaction import AutoInvestOneTimeTransaction
from ...models.auto_invest_source_type import AutoInvestSourceType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["placeOneTimeInvestment"]
ANSWER = AnswerPlan(
    "placeOneTimeInvestment",
    {"$ref": "AutoInvestOneTimeTransaction"},
    schemas='{"AutoInvestOneTimeTransaction":{"properties":{"transactionId":{"type":"integer"},"waitSecond":{"type":"integer"}},"required":["transactionId","waitSecond"],"type":"object"}}',
)


def _arguments(
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
    subscription_amount: DecimalLike,
    source_asset: str,
    *,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
) -> dict[str, object]:
    return {
        "source_type": source_type,
        "request_id": request_id,
        "subscription_amount": subscription_amount,
        "source_asset": source_asset,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "plan_id": plan_id,
        "index_id": index_id,
        "details": details,
    }


def _parse(data: Any) -> AutoInvestOneTimeTransaction:
    try:
        response_200 = AutoInvestOneTimeTransaction.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestOneTimeTransaction]:
    """`Spot.auto_invest.place_one_time_investment`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestOneTimeTransaction:
    """`Spot.auto_invest.place_one_time_investment` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestOneTimeTransaction]:
    """`Spot.auto_invest.place_one_time_investment` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"],
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestOneTimeTransaction:
    """`Spot.auto_invest.place_one_time_investment` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        options,
    )
