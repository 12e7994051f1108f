"""Prediction wallet transfers: GET /sapi/v1/w3w/wallet/prediction/transfer/list (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_transfer_direction import PredictionTransferDirection
from ...models.prediction_transfers import PredictionTransfers
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferHistory"]
ANSWER = AnswerPlan(
    "transferHistory",
    {"$ref": "PredictionTransfers"},
    schemas='{"PredictionTransfer":{"properties":{"completeAt":{"type":"string"},"createTime":{"type":"string"},"direction":{"type":"string"},"errorCode":{"type":"string"},"errorMessage":{"type":"string"},"fromToken":{"type":"string"},"fromTokenAmount":{"type":"string"},"status":{"type":"string"},"toToken":{"type":"string"},"toTokenAmount":{"type":"string"},"transferId":{"type":"string"},"updateTime":{"type":"string"},"walletAddress":{"type":"string"}},"required":["transferId","direction","status","fromToken","fromTokenAmount","toToken","toTokenAmount","createTime","updateTime"],"type":"object"},"PredictionTransfers":{"properties":{"transfers":{"items":{"$ref":"PredictionTransfer"},"type":"array"}},"required":["transfers"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    start_date: str,
    end_date: str,
    *,
    token_symbol: str | None = None,
    direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "start_date": start_date,
        "end_date": end_date,
        "token_symbol": token_symbol,
        "direction": direction,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> PredictionTransfers:
    try:
        response_200 = PredictionTransfers.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    start_date: str,
    end_date: str,
    token_symbol: str | None = None,
    direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransfers]:
    """`Spot.prediction.transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            start_date=start_date,
            end_date=end_date,
            token_symbol=token_symbol,
            direction=direction,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    start_date: str,
    end_date: str,
    token_symbol: str | None = None,
    direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransfers:
    """`Spot.prediction.transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            start_date=start_date,
            end_date=end_date,
            token_symbol=token_symbol,
            direction=direction,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    start_date: str,
    end_date: str,
    token_symbol: str | None = None,
    direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionTransfers]:
    """`Spot.prediction.transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            start_date=start_date,
            end_date=end_date,
            token_symbol=token_symbol,
            direction=direction,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    start_date: str,
    end_date: str,
    token_symbol: str | None = None,
    direction: PredictionTransferDirection | Literal["INBOUND", "OUTBOUND"] | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionTransfers:
    """`Spot.prediction.transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            start_date=start_date,
            end_date=end_date,
            token_symbol=token_symbol,
            direction=direction,
            offset=offset,
            limit=limit,
        ),
        options,
    )
