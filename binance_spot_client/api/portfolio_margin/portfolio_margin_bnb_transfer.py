"""Transfer BNB: POST /sapi/v1/portfolio/bnb-transfer (USER_DATA, weight 1500).

The parameters and answer are described on `Spot.portfolio_margin.portfolio_margin_bnb_transfer`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.portfolio_margin_transaction_id import PortfolioMarginTransactionId
from ...models.portfolio_margin_transfer_side import PortfolioMarginTransferSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginBnbTransfer"]
ANSWER = AnswerPlan(
    "portfolioMarginBnbTransfer",
    {"$ref": "PortfolioMarginTransactionId"},
    schemas='{"PortfolioMarginTransactionId":{"properties":{"tranId":{"type":"integer"}},"required":["tranId"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
) -> dict[str, object]:
    return {
        "amount": amount,
        "transfer_side": transfer_side,
    }


def _parse(data: Any) -> PortfolioMarginTransactionId:
    try:
        response_200 = PortfolioMarginTransactionId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginTransactionId]:
    """`Spot.portfolio_margin.portfolio_margin_bnb_transfer`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
    **options: Unpack[CallOptions],
) -> PortfolioMarginTransactionId:
    """`Spot.portfolio_margin.portfolio_margin_bnb_transfer` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
    **options: Unpack[CallOptions],
) -> Response[PortfolioMarginTransactionId]:
    """`Spot.portfolio_margin.portfolio_margin_bnb_transfer` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
    **options: Unpack[CallOptions],
) -> PortfolioMarginTransactionId:
    """`Spot.portfolio_margin.portfolio_margin_bnb_transfer` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        options,
    )
