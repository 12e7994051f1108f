"""Prevented matches: GET /api/v3/myPreventedMatches (USER_DATA, weight 20).

The parameters and answer are described on `Spot.my_prevented_matches`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prevented_match import PreventedMatch
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myPreventedMatches"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AccountPreventedMatchesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "myPreventedMatches",
    {"type": "array", "items": {"$ref": "PreventedMatch"}},
    schemas='{"PreventedMatch":{"properties":{"makerOrderId":{"type":"integer"},"makerPreventedQuantity":{"type":"string"},"makerSymbol":{"type":"string"},"preventedMatchId":{"type":"integer"},"price":{"type":"string"},"selfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"symbol":{"type":"string"},"takerOrderId":{"type":"integer"},"takerPreventedQuantity":{"type":"string"},"tradeGroupId":{"type":"integer"},"transactTime":{"type":"integer"}},"required":["symbol","preventedMatchId","takerOrderId","makerSymbol","makerOrderId","tradeGroupId","selfTradePreventionMode","price","transactTime"],"type":"object"},"SelfTradePreventionMode":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as AccountPreventedMatchesResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    prevented_match_id: int | None = None,
    order_id: int | None = None,
    from_prevented_match_id: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "prevented_match_id": prevented_match_id,
        "order_id": order_id,
        "from_prevented_match_id": from_prevented_match_id,
        "limit": limit,
    }


def _parse(data: Any) -> list[PreventedMatch]:
    try:
        response_200 = [PreventedMatch.from_dict(item) for item in data]

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
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PreventedMatch]]:
    """`Spot.my_prevented_matches`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            limit=limit,
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
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PreventedMatch]:
    """`Spot.my_prevented_matches` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            limit=limit,
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
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[PreventedMatch]]:
    """`Spot.my_prevented_matches` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            limit=limit,
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
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[PreventedMatch]:
    """`Spot.my_prevented_matches` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            prevented_match_id=prevented_match_id,
            order_id=order_id,
            from_prevented_match_id=from_prevented_match_id,
            limit=limit,
        ),
        options,
    )
