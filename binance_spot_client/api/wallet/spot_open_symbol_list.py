"""Spot listing schedule: GET /sapi/v1/spot/open-symbol-list (MARKET_DATA, weight 100).

The parameters and answer are described on `Spot.wallet.spot_open_symbol_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_open_schedule import WalletOpenSchedule
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["spotOpenSymbolList"]
ANSWER = AnswerPlan(
    "spotOpenSymbolList",
    {"type": "array", "items": {"$ref": "WalletOpenSchedule"}},
    schemas='{"WalletOpenSchedule":{"properties":{"openTime":{"type":"integer"},"symbols":{"items":{"type":"string"},"type":"array"}},"required":["openTime","symbols"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletOpenSchedule]:
    try:
        response_200 = [WalletOpenSchedule.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletOpenSchedule]]:
    """`Spot.wallet.spot_open_symbol_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletOpenSchedule]:
    """`Spot.wallet.spot_open_symbol_list` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletOpenSchedule]]:
    """`Spot.wallet.spot_open_symbol_list` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletOpenSchedule]:
    """`Spot.wallet.spot_open_symbol_list` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
