"""Margin prevented matches: GET /sapi/v1/margin/myPreventedMatches (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.margin_prevented_matches`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_isolated_flag import MarginIsolatedFlag
from ...models.margin_prevented_match import MarginPreventedMatch
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginPreventedMatches"]
ANSWER = AnswerPlan(
    "marginPreventedMatches",
    {"type": "array", "items": {"$ref": "MarginPreventedMatch"}},
    schemas='{"MarginPreventedMatch":{"properties":{"makerOrderId":{"type":"integer"},"makerPreventedQuantity":{"type":"string"},"makerSymbol":{"type":"string"},"preventedMatchId":{"type":"integer"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"symbol":{"type":"string"},"takerOrderId":{"type":"integer"},"tradeGroupId":{"type":"integer"},"transactTime":{"type":"integer"}},"required":["symbol","preventedMatchId","takerOrderId","makerSymbol","makerOrderId","tradeGroupId","selfTradePreventionMode","price","makerPreventedQuantity","transactTime"],"type":"object"},"SelfTradePreventionMode":{"type":"string"}}',
)


def _arguments(
    symbol: str,
    *,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "prevented_match_id": prevented_match_id,
        "order_id": order_id,
        "from_prevented_match_id": from_prevented_match_id,
        "is_isolated": is_isolated,
    }


def _parse(data: Any) -> list[MarginPreventedMatch]:
    try:
        response_200 = [MarginPreventedMatch.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginPreventedMatch]]:
    """`Spot.margin.margin_prevented_matches`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            is_isolated=is_isolated,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginPreventedMatch]:
    """`Spot.margin.margin_prevented_matches` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginPreventedMatch]]:
    """`Spot.margin.margin_prevented_matches` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            is_isolated=is_isolated,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginPreventedMatch]:
    """`Spot.margin.margin_prevented_matches` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            is_isolated=is_isolated,
        ),
        options,
    )
