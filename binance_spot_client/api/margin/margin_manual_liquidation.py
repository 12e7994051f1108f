"""Liquidate a margin account manually: POST /sapi/v1/margin/manual-liquidation (TRADE, weight 3000).

The parameters and answer are described on `Spot.margin.margin_manual_liquidation`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_account_scope import MarginAccountScope
from ...models.margin_manual_liquidation import MarginManualLiquidation
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginManualLiquidation"]
ANSWER = AnswerPlan(
    "marginManualLiquidation",
    {"oneOf": [{"$ref": "MarginManualLiquidation"}, {"type": "array", "items": {"$ref": "MarginManualLiquidation"}}]},
    schemas='{"MarginManualLiquidation":{"properties":{"asset":{"type":"string"},"interest":{"type":"string"},"liabilityAsset":{"type":"string"},"liabilityQty":{"type":"number"},"principal":{"type":"string"}},"required":["asset","interest","principal","liabilityAsset","liabilityQty"],"type":"object"}}',
)


def _arguments(
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "type": type,
        "symbol": symbol,
    }


def _parse(data: Any) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    try:

        def _parse_response_200(data: object) -> list[MarginManualLiquidation] | MarginManualLiquidation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MarginManualLiquidation.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()

            response_200_type_1 = [MarginManualLiquidation.from_dict(item) for item in data]

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginManualLiquidation] | MarginManualLiquidation]:
    """`Spot.margin.margin_manual_liquidation`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            symbol=symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    """`Spot.margin.margin_manual_liquidation` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            type=type,
            symbol=symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginManualLiquidation] | MarginManualLiquidation]:
    """`Spot.margin.margin_manual_liquidation` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            symbol=symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginManualLiquidation] | MarginManualLiquidation:
    """`Spot.margin.margin_manual_liquidation` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
            symbol=symbol,
        ),
        options,
    )
