"""Cancel an order: DELETE /api/v3/order (TRADE, weight 1).

The parameters and answer are described on `Spot.cancel_order`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.cancel_restrictions import CancelRestrictions
from ...models.canceled_order import CanceledOrder
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOrder"]
ANSWER = AnswerPlan(
    "cancelOrder",
    {"$ref": "CanceledOrder"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as CancelOrderListResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "orig_client_order_id": orig_client_order_id,
        "new_client_order_id": new_client_order_id,
        "cancel_restrictions": cancel_restrictions,
    }


def _parse(data: Any) -> CanceledOrder:
    try:
        response_200 = CanceledOrder.from_dict(data)

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
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrder]:
    """`Spot.cancel_order`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrder:
    """`Spot.cancel_order` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[CanceledOrder]:
    """`Spot.cancel_order` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int | None = None,
    orig_client_order_id: str | None = None,
    new_client_order_id: str | None = None,
    cancel_restrictions: CancelRestrictions | Literal["ONLY_NEW", "ONLY_PARTIALLY_FILLED"] | None = None,
    **options: Unpack[CallOptions],
) -> CanceledOrder:
    """`Spot.cancel_order` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            orig_client_order_id=orig_client_order_id,
            new_client_order_id=new_client_order_id,
            cancel_restrictions=cancel_restrictions,
        ),
        options,
    )
