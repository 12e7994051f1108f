"""Borrow or repay: POST /sapi/v1/margin/borrow-repay (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.margin.margin_borrow_repay`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_borrow_repay_type import MarginBorrowRepayType
from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_transaction_id import MarginTransactionId
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginBorrowRepay"]
ANSWER = AnswerPlan(
    "marginBorrowRepay",
    {"$ref": "MarginTransactionId"},
    schemas='{"MarginTransactionId":{"properties":{"tranId":{"type":"integer"}},"required":["tranId"],"type":"object"}}',
)


def _arguments(
    asset: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    symbol: str,
    amount: DecimalLike,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
) -> dict[str, object]:
    return {
        "asset": asset,
        "is_isolated": is_isolated,
        "symbol": symbol,
        "amount": amount,
        "type": type,
    }


def _parse(data: Any) -> MarginTransactionId:
    try:
        response_200 = MarginTransactionId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    symbol: str,
    amount: DecimalLike,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    **options: Unpack[CallOptions],
) -> Response[MarginTransactionId]:
    """`Spot.margin.margin_borrow_repay`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    symbol: str,
    amount: DecimalLike,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    **options: Unpack[CallOptions],
) -> MarginTransactionId:
    """`Spot.margin.margin_borrow_repay` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    symbol: str,
    amount: DecimalLike,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    **options: Unpack[CallOptions],
) -> Response[MarginTransactionId]:
    """`Spot.margin.margin_borrow_repay` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
    symbol: str,
    amount: DecimalLike,
    type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
    **options: Unpack[CallOptions],
) -> MarginTransactionId:
    """`Spot.margin.margin_borrow_repay` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            is_isolated=is_isolated,
            symbol=symbol,
            amount=amount,
            type=type,
        ),
        options,
    )
