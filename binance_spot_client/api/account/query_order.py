"""Query order: GET /api/v3/order (USER_DATA, weight 4).

The parameters and answer are described on `Spot.query_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.order import Order
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["queryOrder"]
ANSWER = AnswerPlan(
    "queryOrder",
    {"$ref": "Order"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as OrderResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
    }


def _parse(data: Any) -> Order:
    try:
        response_200 = Order.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[Order]:
    """`Spot.query_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Order:
    """`Spot.query_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[Order]:
    """`Spot.query_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Order:
    """`Spot.query_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
        ),
        options,
    )
