"""Transfer between futures accounts of master and sub-accounts: POST /sapi/v1/sub-account/futures/internalTransfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.transfer_sub_account_futures`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_internal_transfer_result import SubAccountFuturesInternalTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferSubAccountFutures"]
ANSWER = AnswerPlan(
    "transferSubAccountFutures",
    {"$ref": "SubAccountFuturesInternalTransferResult"},
    schemas='{"SubAccountFuturesInternalTransferResult":{"properties":{"success":{"type":"boolean"},"txnId":{"type":"string"}},"required":["success","txnId"],"type":"object"}}',
)


def _arguments(
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "futures_type": futures_type,
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> SubAccountFuturesInternalTransferResult:
    try:
        response_200 = SubAccountFuturesInternalTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesInternalTransferResult]:
    """`Spot.sub_account.transfer_sub_account_futures`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesInternalTransferResult:
    """`Spot.sub_account.transfer_sub_account_futures` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesInternalTransferResult]:
    """`Spot.sub_account.transfer_sub_account_futures` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesInternalTransferResult:
    """`Spot.sub_account.transfer_sub_account_futures` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
            asset=asset,
            amount=amount,
        ),
        options,
    )
