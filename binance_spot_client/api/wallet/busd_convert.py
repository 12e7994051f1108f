"""BUSD convert (retired): POST /sapi/v1/asset/convert-transfer (USER_DATA, weight 5).

The parameters and answer are described on `Spot.wallet.busd_convert`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_busd_convert_result import WalletBusdConvertResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["busdConvert"]
ANSWER = AnswerPlan(
    "busdConvert",
    {"$ref": "WalletBusdConvertResult"},
    schemas='{"WalletBusdConvertResult":{"properties":{"status":{"type":"string"},"tranId":{"type":"integer"}},"required":["tranId","status"],"type":"object"}}',
)


def _arguments(
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
) -> dict[str, object]:
    return {
        "client_tran_id": client_tran_id,
        "asset": asset,
        "amount": amount,
        "target_asset": target_asset,
    }


def _parse(data: Any) -> WalletBusdConvertResult:
    try:
        response_200 = WalletBusdConvertResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    **options: Unpack[CallOptions],
) -> Response[WalletBusdConvertResult]:
    """`Spot.wallet.busd_convert`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    **options: Unpack[CallOptions],
) -> WalletBusdConvertResult:
    """`Spot.wallet.busd_convert` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    **options: Unpack[CallOptions],
) -> Response[WalletBusdConvertResult]:
    """`Spot.wallet.busd_convert` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    client_tran_id: str,
    asset: str,
    amount: DecimalLike,
    target_asset: str,
    **options: Unpack[CallOptions],
) -> WalletBusdConvertResult:
    """`Spot.wallet.busd_convert` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            client_tran_id=client_tran_id,
            asset=asset,
            amount=amount,
            target_asset=target_asset,
        ),
        options,
    )
