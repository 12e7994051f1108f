"""Cancel an order list: DELETE /api/v3/orderList (TRADE, weight 1).

The parameters and answer are described on `Spot.cancel_order_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.canceled_order_list import CanceledOrderList
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOrderList"]
ANSWER = AnswerPlan(
    "cancelOrderList",
    {"$ref": "CanceledOrderList"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as CancelOrderListResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_list_id": order_list_id,
        "list_client_order_id": list_client_order_id,
        "new_client_order_id": new_client_order_id,
    }


def _parse(data: Any) -> CanceledOrderList:
    try:
        response_200 = CanceledOrderList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrderList]:
    """`Spot.cancel_order_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrderList:
    """`Spot.cancel_order_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrderList]:
    """`Spot.cancel_order_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_list_id: int | None = None,
    list_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrderList:
    """`Spot.cancel_order_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_list_id=order_list_id,
            list_client_order_id=list_client_order_id,
            new_client_order_id=new_client_order_id,
        ),
        options,
    )
