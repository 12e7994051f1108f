"""Reduce an order's quantity, keeping its priority: PUT /api/v3/order/amend/keepPriority (TRADE, weight 4).

The parameters and answer are described on `Spot.order_amend_keep_priority`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.order_amend_result import OrderAmendResult
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderAmendKeepPriority"]
ANSWER = AnswerPlan(
    "orderAmendKeepPriority",
    {"$ref": "OrderAmendResult"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as OrderAmendKeepPriorityResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    new_qty: DecimalLike,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "new_qty": new_qty,
    }


def _parse(data: Any) -> OrderAmendResult:
    try:
        response_200 = OrderAmendResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderAmendResult]:
    """`Spot.order_amend_keep_priority`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderAmendResult:
    """`Spot.order_amend_keep_priority` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[OrderAmendResult]:
    """`Spot.order_amend_keep_priority` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    new_qty: DecimalLike,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> OrderAmendResult:
    """`Spot.order_amend_keep_priority` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            new_qty=new_qty,
        ),
        options,
    )
