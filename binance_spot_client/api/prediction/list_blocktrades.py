"""OTC blocktrades: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/list (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.list_blocktrades`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_blocktrade_status import PredictionBlocktradeStatus
from ...models.prediction_blocktrades import PredictionBlocktrades
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["listBlocktrades"]
ANSWER = AnswerPlan(
    "listBlocktrades",
    {"$ref": "PredictionBlocktrades"},
    schemas='{"PredictionBlocktrade":{"properties":{"createdAt":{"type":"string"},"expiration":{"type":"integer"},"filledAmount":{"type":"string"},"isNegRisk":{"type":"boolean"},"isYieldBearing":{"type":"boolean"},"maker":{"type":"string"},"makerAmount":{"type":"string"},"marketId":{"type":"string"},"orderType":{"type":"string"},"price":{"type":"number"},"quoteType":{"type":"string"},"secretToken":{"type":"string"},"side":{"type":"integer"},"status":{"type":"string"},"taker":{"type":["string","null"]},"takerAmount":{"type":"string"},"timeInForce":{"type":"string"},"tokenId":{"type":"string"}},"required":["status","marketId","tokenId","side","maker","makerAmount","takerAmount","price","quoteType","createdAt"],"type":"object"},"PredictionBlocktrades":{"properties":{"blocktrades":{"items":{"$ref":"PredictionBlocktrade"},"type":"array"},"cursor":{"type":"string"}},"required":["blocktrades"],"type":"object"}}',
)


def _arguments(
    *,
    first: int | None = None,
    after: str | None = None,
    status: PredictionBlocktradeStatus
    | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
    | None = None,
) -> dict[str, object]:
    return {
        "first": first,
        "after": after,
        "status": status,
    }


def _parse(data: Any) -> PredictionBlocktrades:
    try:
        response_200 = PredictionBlocktrades.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    first: int | None = None,
    after: str | None = None,
    status: PredictionBlocktradeStatus
    | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktrades]:
    """`Spot.prediction.list_blocktrades`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            status=status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    first: int | None = None,
    after: str | None = None,
    status: PredictionBlocktradeStatus
    | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
    | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBlocktrades:
    """`Spot.prediction.list_blocktrades` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            status=status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    first: int | None = None,
    after: str | None = None,
    status: PredictionBlocktradeStatus
    | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktrades]:
    """`Spot.prediction.list_blocktrades` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            status=status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    first: int | None = None,
    after: str | None = None,
    status: PredictionBlocktradeStatus
    | Literal["OPEN", "FULFILLED", "MATCHED", "CANCELLED", "EXPIRED", "FAILED"]
    | None = None,
    **options: Unpack[CallOptions],
) -> PredictionBlocktrades:
    """`Spot.prediction.list_blocktrades` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            first=first,
            after=after,
            status=status,
        ),
        options,
    )
