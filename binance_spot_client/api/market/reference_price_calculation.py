"""Reference price calculation: GET /api/v3/referencePrice/calculation (NONE, weight 2).

The parameters and answer are described on `Spot.reference_price_calculation`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.reference_price_calculation import ReferencePriceCalculation
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["referencePriceCalculation"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (ReferencePriceCalculationResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "referencePriceCalculation",
    {"$ref": "ReferencePriceCalculation"},
    schemas='{"ReferencePriceCalculation":{"properties":{"bucketCount":{"type":"integer"},"bucketWidthMs":{"type":"integer"},"calculationType":{"$ref":"ReferencePriceCalculationType"},"externalCalculationId":{"type":"integer"},"symbol":{"type":"string"}},"required":["symbol","calculationType"],"type":"object"},"ReferencePriceCalculationType":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as ReferencePriceCalculationResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
    *,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> ReferencePriceCalculation:
    try:
        response_200 = ReferencePriceCalculation.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ReferencePriceCalculation]:
    """`Spot.reference_price_calculation`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ReferencePriceCalculation:
    """`Spot.reference_price_calculation` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ReferencePriceCalculation]:
    """`Spot.reference_price_calculation` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ReferencePriceCalculation:
    """`Spot.reference_price_calculation` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbol_status=symbol_status,
        ),
        options,
    )
