"""Prediction wallet to Binance account: POST /sapi/v1/w3w/wallet/prediction/transfer/inbound (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.inbound_transfer`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_account_type import PredictionAccountType
from ...models.prediction_transfer_ack import PredictionTransferAck
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["inboundTransfer"]
ANSWER = AnswerPlan(
    "inboundTransfer",
    {"$ref": "PredictionTransferAck"},
    schemas='{"PredictionTransferAck":{"properties":{"status":{"type":"string"},"transferId":{"type":"string"}},"required":["transferId","status"],"type":"object"}}',
)


def _arguments(
    wallet_id: str,
    wallet_address: str,
    from_token_amount: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    *,
    from_token: str | None = None,
    to_token: str | None = None,
    chain_id: str | None = None,
) -> dict[str, object]:
    return {
        "wallet_id": wallet_id,
        "wallet_address": wallet_address,
        "from_token_amount": from_token_amount,
        "account_type": account_type,
        "from_token": from_token,
        "to_token": to_token,
        "chain_id": chain_id,
    }


def _parse(data: Any) -> PredictionTransferAck:
    try:
        response_200 = PredictionTransferAck.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_id: str,
    wallet_address: str,
    from_token_amount: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    from_token: str | None = None,
    to_token: str | None = None,
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransferAck]:
    """`Spot.prediction.inbound_transfer`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_id=wallet_id,
            wallet_address=wallet_address,
            from_token_amount=from_token_amount,
            account_type=account_type,
            from_token=from_token,
            to_token=to_token,
            chain_id=chain_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_id: str,
    wallet_address: str,
    from_token_amount: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    from_token: str | None = None,
    to_token: str | None = None,
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransferAck:
    """`Spot.prediction.inbound_transfer` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_id=wallet_id,
            wallet_address=wallet_address,
            from_token_amount=from_token_amount,
            account_type=account_type,
            from_token=from_token,
            to_token=to_token,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_id: str,
    wallet_address: str,
    from_token_amount: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    from_token: str | None = None,
    to_token: str | None = None,
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransferAck]:
    """`Spot.prediction.inbound_transfer` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_id=wallet_id,
            wallet_address=wallet_address,
            from_token_amount=from_token_amount,
            account_type=account_type,
            from_token=from_token,
            to_token=to_token,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_id: str,
    wallet_address: str,
    from_token_amount: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    from_token: str | None = None,
    to_token: str | None = None,
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransferAck:
    """`Spot.prediction.inbound_transfer` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_id=wallet_id,
            wallet_address=wallet_address,
            from_token_amount=from_token_amount,
            account_type=account_type,
            from_token=from_token,
            to_token=to_token,
            chain_id=chain_id,
        ),
        options,
    )
