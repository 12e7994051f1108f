"""Trade fee: GET /sapi/v1/asset/tradeFee (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.trade_fee`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_trade_fee import WalletTradeFee
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tradeFee"]
ANSWER = AnswerPlan(
    "tradeFee",
    {"type": "array", "items": {"$ref": "WalletTradeFee"}},
    schemas='{"WalletTradeFee":{"properties":{"makerCommission":{"type":"string"},"symbol":{"type":"string"},"takerCommission":{"type":"string"}},"required":["symbol","makerCommission","takerCommission"],"type":"object"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> list[WalletTradeFee]:
    try:
        response_200 = [WalletTradeFee.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTradeFee]]:
    """`Spot.wallet.trade_fee`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTradeFee]:
    """`Spot.wallet.trade_fee` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletTradeFee]]:
    """`Spot.wallet.trade_fee` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletTradeFee]:
    """`Spot.wallet.trade_fee` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
