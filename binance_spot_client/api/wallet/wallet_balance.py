"""Wallet balances: GET /sapi/v1/asset/wallet/balance (USER_DATA, weight 60).

The parameters and answer are described on `Spot.wallet.wallet_balance`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_balance import WalletBalance
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["walletBalance"]
ANSWER = AnswerPlan(
    "walletBalance",
    {"type": "array", "items": {"$ref": "WalletBalance"}},
    schemas='{"WalletAssetBalance":{"properties":{"asset":{"type":"string"},"assetName":{"type":"string"},"btcValuation":{"type":"string"},"free":{"type":"string"},"freeze":{"type":"string"},"locked":{"type":"string"},"withdrawing":{"type":"string"}},"required":["asset"],"type":"object"},"WalletBalance":{"properties":{"activate":{"type":"boolean"},"assetBalances":{"items":{"$ref":"WalletAssetBalance"},"type":"array"},"balance":{"type":"string"},"walletName":{"type":"string"}},"required":["activate","balance","walletName"],"type":"object"}}',
)


def _arguments(
    *,
    quote_asset: str | None = None,
    need_balance_detail: bool | None = None,
) -> dict[str, object]:
    return {
        "quote_asset": quote_asset,
        "need_balance_detail": need_balance_detail,
    }


def _parse(data: Any) -> list[WalletBalance]:
    try:
        response_200 = [WalletBalance.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    quote_asset: str | None = None,
    need_balance_detail: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletBalance]]:
    """`Spot.wallet.wallet_balance`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            quote_asset=quote_asset,
            need_balance_detail=need_balance_detail,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    quote_asset: str | None = None,
    need_balance_detail: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletBalance]:
    """`Spot.wallet.wallet_balance` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            quote_asset=quote_asset,
            need_balance_detail=need_balance_detail,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    quote_asset: str | None = None,
    need_balance_detail: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[WalletBalance]]:
    """`Spot.wallet.wallet_balance` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            quote_asset=quote_asset,
            need_balance_detail=need_balance_detail,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    quote_asset: str | None = None,
    need_balance_detail: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[WalletBalance]:
    """`Spot.wallet.wallet_balance` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            quote_asset=quote_asset,
            need_balance_detail=need_balance_detail,
        ),
        options,
    )
