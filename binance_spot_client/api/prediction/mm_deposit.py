"""Market maker: MPC wallet to Binance account: POST /sapi/v1/w3w/wallet/prediction/deposit/apply (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.mm_deposit`.
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
OPERATION = OPERATIONS["mmDeposit"]
ANSWER = AnswerPlan(
    "mmDeposit",
    {"$ref": "PredictionTransferAck"},
    schemas='{"PredictionTransferAck":{"properties":{"status":{"type":"string"},"transferId":{"type":"string"}},"required":["transferId","status"],"type":"object"}}',
)


def _arguments(
    from_token: str,
    from_token_amount: str,
    to_token: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    *,
    chain_id: str | None = None,
) -> dict[str, object]:
    return {
        "from_token": from_token,
        "from_token_amount": from_token_amount,
        "to_token": to_token,
        "account_type": account_type,
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
    from_token: str,
    from_token_amount: str,
    to_token: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransferAck]:
    """`Spot.prediction.mm_deposit`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_token=from_token,
            from_token_amount=from_token_amount,
            to_token=to_token,
            account_type=account_type,
            chain_id=chain_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_token: str,
    from_token_amount: str,
    to_token: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransferAck:
    """`Spot.prediction.mm_deposit` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_token=from_token,
            from_token_amount=from_token_amount,
            to_token=to_token,
            account_type=account_type,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_token: str,
    from_token_amount: str,
    to_token: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransferAck]:
    """`Spot.prediction.mm_deposit` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_token=from_token,
            from_token_amount=from_token_amount,
            to_token=to_token,
            account_type=account_type,
            chain_id=chain_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_token: str,
    from_token_amount: str,
    to_token: str,
    account_type: PredictionAccountType | Literal["SPOT", "FUNDING"],
    chain_id: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransferAck:
    """`Spot.prediction.mm_deposit` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_token=from_token,
            from_token_amount=from_token_amount,
            to_token=to_token,
            account_type=account_type,
            chain_id=chain_id,
        ),
        options,
    )
