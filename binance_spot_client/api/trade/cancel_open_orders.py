"""Cancel all open orders on a symbol: DELETE /api/v3/openOrders (TRADE, weight 1).

The parameters and answer are described on `Spot.cancel_open_orders`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.canceled_order import CanceledOrder
from ...models.canceled_order_list import CanceledOrderList
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelOpenOrders"]
ANSWER = AnswerPlan(
    "cancelOpenOrders",
    {"type": "array", "items": {"oneOf": [{"$ref": "CanceledOrder"}, {"$ref": "CanceledOrderList"}]}},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as CancelOpenOrdersResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> list[CanceledOrder | CanceledOrderList]:
    try:

        def _parse_response_200_item(data: object) -> CanceledOrder | CanceledOrderList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = CanceledOrder.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_item_type_1 = CanceledOrderList.from_dict(data)

            return response_200_item_type_1

        response_200 = [_parse_response_200_item(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """`Spot.cancel_open_orders`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> list[CanceledOrder | CanceledOrderList]:
    """`Spot.cancel_open_orders` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[list[CanceledOrder | CanceledOrderList]]:
    """`Spot.cancel_open_orders` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> list[CanceledOrder | CanceledOrderList]:
    """`Spot.cancel_open_orders` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
