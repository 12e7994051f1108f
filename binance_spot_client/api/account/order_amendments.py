"""Order amendments: GET /api/v3/order/amendments (USER_DATA, weight 4).

The parameters and answer are described on `Spot.order_amendments`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.order_amendment import OrderAmendment
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderAmendments"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (OrderAmendmentsResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "orderAmendments",
    {"type": "array", "items": {"$ref": "OrderAmendment"}},
    schemas='{"OrderAmendment":{"properties":{"executionId":{"type":"integer"},"newClientOrderId":{"type":"string"},"newQty":{"type":"string"},"orderId":{"type":"integer"},"origClientOrderId":{"type":"string"},"origQty":{"type":"string"},"symbol":{"type":"string"},"time":{"type":"integer"}},"required":["symbol","orderId","executionId","origClientOrderId","newClientOrderId","origQty","newQty","time"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as OrderAmendmentsResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    order_id: int,
    *,
    from_execution_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "order_id": order_id,
        "from_execution_id": from_execution_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[OrderAmendment]:
    try:
        response_200 = [OrderAmendment.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[OrderAmendment]]:
    """`Spot.order_amendments`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            from_execution_id=from_execution_id,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[OrderAmendment]:
    """`Spot.order_amendments` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            from_execution_id=from_execution_id,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[OrderAmendment]]:
    """`Spot.order_amendments` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            from_execution_id=from_execution_id,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    order_id: int,
    from_execution_id: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[OrderAmendment]:
    """`Spot.order_amendments` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            order_id=order_id,
            from_execution_id=from_execution_id,
            limit=limit,
        ),
        options,
    )
