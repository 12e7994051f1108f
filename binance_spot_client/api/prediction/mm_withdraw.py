"""Market maker: Binance account to MPC wallet: POST /sapi/v1/w3w/wallet/prediction/withdraw/apply (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.mm_withdraw`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.prediction_withdrawal import PredictionWithdrawal
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["mmWithdraw"]
ANSWER = AnswerPlan(
    "mmWithdraw",
    {"$ref": "PredictionWithdrawal"},
    schemas='{"PredictionWithdrawal":{"properties":{"id":{"type":"string"},"transferId":{"type":"string"},"walletAddress":{"type":"string"},"walletId":{"type":"string"}},"required":["id","walletId","walletAddress","transferId"],"type":"object"}}',
)


def _arguments(
    coin: str,
    network: str,
    amount: DecimalLike,
    *,
    withdraw_order_id: str | None = None,
    wallet_type: int | None = None,
    name: str | None = None,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
        "amount": amount,
        "withdraw_order_id": withdraw_order_id,
        "wallet_type": wallet_type,
        "name": name,
    }


def _parse(data: Any) -> PredictionWithdrawal:
    try:
        response_200 = PredictionWithdrawal.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str,
    network: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    wallet_type: int | None = None,
    name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionWithdrawal]:
    """`Spot.prediction.mm_withdraw`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            wallet_type=wallet_type,
            name=name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str,
    network: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    wallet_type: int | None = None,
    name: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionWithdrawal:
    """`Spot.prediction.mm_withdraw` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            wallet_type=wallet_type,
            name=name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    wallet_type: int | None = None,
    name: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionWithdrawal]:
    """`Spot.prediction.mm_withdraw` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            wallet_type=wallet_type,
            name=name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    amount: DecimalLike,
    withdraw_order_id: str | None = None,
    wallet_type: int | None = None,
    name: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionWithdrawal:
    """`Spot.prediction.mm_withdraw` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
            amount=amount,
            withdraw_order_id=withdraw_order_id,
            wallet_type=wallet_type,
            name=name,
        ),
        options,
    )
