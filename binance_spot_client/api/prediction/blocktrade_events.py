"""OTC blocktrade events: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/events (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.blocktrade_events`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_blocktrade_events import PredictionBlocktradeEvents
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blocktradeEvents"]
ANSWER = AnswerPlan(
    "blocktradeEvents",
    {"$ref": "PredictionBlocktradeEvents"},
    schemas='{"PredictionBlocktradeEvent":{"properties":{"amount":{"type":"string"},"blocktradeId":{"type":"string"},"effectiveFee":{"type":"string"},"event":{"type":"string"},"fee":{"type":"string"},"isMaker":{"type":"boolean"},"marketId":{"type":"integer"},"orderId":{"type":"string"},"price":{"type":"string"},"reason":{"type":"string"},"timestamp":{"type":"string"},"transactionHash":{"type":"string"}},"required":["event","blocktradeId","orderId","marketId","isMaker","timestamp"],"type":"object"},"PredictionBlocktradeEvents":{"properties":{"cursor":{"type":"string"},"events":{"items":{"$ref":"PredictionBlocktradeEvent"},"type":"array"}},"required":["events"],"type":"object"}}',
)


def _arguments(
    *,
    first: int | None = None,
    after: str | None = None,
    event_types: Sequence[str] | None = None,
    market_id: int | None = None,
) -> dict[str, object]:
    return {
        "first": first,
        "after": after,
        "event_types": event_types,
        "market_id": market_id,
    }


def _parse(data: Any) -> PredictionBlocktradeEvents:
    try:
        response_200 = PredictionBlocktradeEvents.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    first: int | None = None,
    after: str | None = None,
    event_types: Sequence[str] | None = None,
    market_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeEvents]:
    """`Spot.prediction.blocktrade_events`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            event_types=event_types,
            market_id=market_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    first: int | None = None,
    after: str | None = None,
    event_types: Sequence[str] | None = None,
    market_id: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeEvents:
    """`Spot.prediction.blocktrade_events` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            event_types=event_types,
            market_id=market_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    first: int | None = None,
    after: str | None = None,
    event_types: Sequence[str] | None = None,
    market_id: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeEvents]:
    """`Spot.prediction.blocktrade_events` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            event_types=event_types,
            market_id=market_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    first: int | None = None,
    after: str | None = None,
    event_types: Sequence[str] | None = None,
    market_id: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeEvents:
    """`Spot.prediction.blocktrade_events` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            event_types=event_types,
            market_id=market_id,
        ),
        options,
    )
