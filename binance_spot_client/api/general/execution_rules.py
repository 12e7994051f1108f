"""Execution rules: GET /api/v3/executionRules (NONE, weight 40).

The parameters and answer are described on `Spot.execution_rules`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.execution_rules import ExecutionRules
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["executionRules"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (ExecutionRulesResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "executionRules",
    {"$ref": "ExecutionRules"},
    schemas='{"ExecutionRuleType":{"type":"string"},"ExecutionRules":{"properties":{"symbolRules":{"items":{"$ref":"SymbolExecutionRules"},"type":"array"}},"required":["symbolRules"],"type":"object"},"PriceRangeExecutionRule":{"properties":{"askLimitMultDown":{"type":"string"},"askLimitMultUp":{"type":"string"},"bidLimitMultDown":{"type":"string"},"bidLimitMultUp":{"type":"string"},"ruleType":{"$ref":"ExecutionRuleType"}},"required":["ruleType","bidLimitMultUp","bidLimitMultDown","askLimitMultUp","askLimitMultDown"],"type":"object"},"SymbolExecutionRules":{"properties":{"rules":{"items":{"$ref":"PriceRangeExecutionRule"},"type":"array"},"symbol":{"type":"string"}},"required":["symbol","rules"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as ExecutionRulesResponse when asked (encoding="sbe")
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> ExecutionRules:
    try:
        response_200 = ExecutionRules.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ExecutionRules]:
    """`Spot.execution_rules`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ExecutionRules:
    """`Spot.execution_rules` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ExecutionRules]:
    """`Spot.execution_rules` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ExecutionRules:
    """`Spot.execution_rules` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            symbol_status=symbol_status,
        ),
        options,
    )
