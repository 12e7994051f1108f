"""Switch stablecoin auto-conversion (retired): POST /sapi/v1/capital/contract/convertible-coins (USER_DATA, weight 600).

The parameters and answer are described on `Spot.wallet.toggle_auto_conversion`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_empty_response import WalletEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["toggleAutoConversion"]
ANSWER = AnswerPlan(
    "toggleAutoConversion",
    {"$ref": "WalletEmptyResponse"},
    schemas='{"WalletEmptyResponse":{"type":"object"}}',
)


def _arguments(
    coin: Literal["USDC", "USDP", "TUSD"],
    enable: bool,
) -> dict[str, object]:
    return {
        "coin": coin,
        "enable": enable,
    }


def _parse(data: Any) -> WalletEmptyResponse:
    try:
        response_200 = WalletEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: Literal["USDC", "USDP", "TUSD"],
    enable: bool,
    **options: Unpack[CallOptions],
) -> Response[WalletEmptyResponse]:
    """`Spot.wallet.toggle_auto_conversion`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            enable=enable,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: Literal["USDC", "USDP", "TUSD"],
    enable: bool,
    **options: Unpack[CallOptions],
) -> WalletEmptyResponse:
    """`Spot.wallet.toggle_auto_conversion` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            enable=enable,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: Literal["USDC", "USDP", "TUSD"],
    enable: bool,
    **options: Unpack[CallOptions],
) -> Response[WalletEmptyResponse]:
    """`Spot.wallet.toggle_auto_conversion` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            enable=enable,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: Literal["USDC", "USDP", "TUSD"],
    enable: bool,
    **options: Unpack[CallOptions],
) -> WalletEmptyResponse:
    """`Spot.wallet.toggle_auto_conversion` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            enable=enable,
        ),
        options,
    )
