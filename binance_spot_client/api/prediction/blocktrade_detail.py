"""OTC blocktrade detail: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/detail (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.blocktrade_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_blocktrade_detail import PredictionBlocktradeDetail
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blocktradeDetail"]
ANSWER = AnswerPlan(
    "blocktradeDetail",
    {"$ref": "PredictionBlocktradeDetail"},
    schemas='{"PredictionBlocktrade":{"properties":{"createdAt":{"type":"string"},"expiration":{"type":"integer"},"filledAmount":{"type":"string"},"isNegRisk":{"type":"boolean"},"isYieldBearing":{"type":"boolean"},"maker":{"type":"string"},"makerAmount":{"type":"string"},"marketId":{"type":"string"},"orderType":{"type":"string"},"price":{"type":"number"},"quoteType":{"type":"string"},"secretToken":{"type":"string"},"side":{"type":"integer"},"status":{"type":"string"},"taker":{"type":["string","null"]},"takerAmount":{"type":"string"},"timeInForce":{"type":"string"},"tokenId":{"type":"string"}},"required":["status","marketId","tokenId","side","maker","makerAmount","takerAmount","price","quoteType","createdAt"],"type":"object"},"PredictionBlocktradeDetail":{"properties":{"orderData":{"$ref":"PredictionBlocktrade"},"orderId":{"type":["string","null"]},"status":{"type":"string"}},"required":["orderId","status","orderData"],"type":"object"}}',
)


def _arguments(
    order_id: str,
) -> dict[str, object]:
    return {
        "order_id": order_id,
    }


def _parse(data: Any) -> PredictionBlocktradeDetail:
    try:
        response_200 = PredictionBlocktradeDetail.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeDetail]:
    """`Spot.prediction.blocktrade_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeDetail:
    """`Spot.prediction.blocktrade_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeDetail]:
    """`Spot.prediction.blocktrade_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeDetail:
    """`Spot.prediction.blocktrade_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
        ),
        options,
    )
