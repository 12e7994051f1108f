"""Stablecoin auto-conversion settings (retired): GET /sapi/v1/capital/contract/convertible-coins (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.auto_converting_stable_coins`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_auto_conversion_settings import WalletAutoConversionSettings
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["autoConvertingStableCoins"]
ANSWER = AnswerPlan(
    "autoConvertingStableCoins",
    {"$ref": "WalletAutoConversionSettings"},
    schemas='{"WalletAutoConversionRates":{"additionalProperties":{"type":"string"},"properties":{"TUSD":{"type":"string"},"USDC":{"type":"string"},"USDP":{"type":"string"}},"type":"object"},"WalletAutoConversionSettings":{"properties":{"coins":{"items":{"type":"string"},"type":"array"},"convertEnabled":{"type":"boolean"},"exchangeRates":{"$ref":"WalletAutoConversionRates"}},"required":["convertEnabled","coins","exchangeRates"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletAutoConversionSettings:
    try:
        response_200 = WalletAutoConversionSettings.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAutoConversionSettings]:
    """`Spot.wallet.auto_converting_stable_coins`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletAutoConversionSettings:
    """`Spot.wallet.auto_converting_stable_coins` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletAutoConversionSettings]:
    """`Spot.wallet.auto_converting_stable_coins` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletAutoConversionSettings:
    """`Spot.wallet.auto_converting_stable_coins` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
