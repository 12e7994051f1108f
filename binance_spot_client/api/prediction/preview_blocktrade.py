"""Preview an OTC blocktrade: POST /sapi/v1/w3w/wallet/prediction/otc/blocktrade/preview (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.preview_blocktrade`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_blocktrade_detail import PredictionBlocktradeDetail
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["previewBlocktrade"]
ANSWER = AnswerPlan(
    "previewBlocktrade",
    {"$ref": "PredictionBlocktradeDetail"},
    schemas='{"PredictionBlocktrade":{"properties":{"createdAt":{"type":"string"},"expiration":{"type":"integer"},"filledAmount":{"type":"string"},"isNegRisk":{"type":"boolean"},"isYieldBearing":{"type":"boolean"},"maker":{"type":"string"},"makerAmount":{"type":"string"},"marketId":{"type":"string"},"orderType":{"type":"string"},"price":{"type":"number"},"quoteType":{"type":"string"},"secretToken":{"type":"string"},"side":{"type":"integer"},"status":{"type":"string"},"taker":{"type":["string","null"]},"takerAmount":{"type":"string"},"timeInForce":{"type":"string"},"tokenId":{"type":"string"}},"required":["status","marketId","tokenId","side","maker","makerAmount","takerAmount","price","quoteType","createdAt"],"type":"object"},"PredictionBlocktradeDetail":{"properties":{"orderData":{"$ref":"PredictionBlocktrade"},"orderId":{"type":["string","null"]},"status":{"type":"string"}},"required":["orderId","status","orderData"],"type":"object"}}',
)


def _arguments(
    secret_token: str,
) -> dict[str, object]:
    return {
        "secret_token": secret_token,
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
    secret_token: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeDetail]:
    """`Spot.prediction.preview_blocktrade`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            secret_token=secret_token,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeDetail:
    """`Spot.prediction.preview_blocktrade` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            secret_token=secret_token,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> Response[PredictionBlocktradeDetail]:
    """`Spot.prediction.preview_blocktrade` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            secret_token=secret_token,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    secret_token: str,
    **options: Unpack[CallOptions],
) -> PredictionBlocktradeDetail:
    """`Spot.prediction.preview_blocktrade` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            secret_token=secret_token,
        ),
        options,
    )
