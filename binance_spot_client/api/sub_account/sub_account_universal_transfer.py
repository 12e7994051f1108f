"""Universal transfer between master and sub-accounts: POST /sapi/v1/sub-account/universalTransfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_universal_transfer`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_universal_account_type import SubAccountUniversalAccountType
from ...models.sub_account_universal_transfer_result import SubAccountUniversalTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountUniversalTransfer"]
ANSWER = AnswerPlan(
    "subAccountUniversalTransfer",
    {"$ref": "SubAccountUniversalTransferResult"},
    schemas='{"SubAccountUniversalTransferResult":{"properties":{"clientTranId":{"type":"string"},"tranId":{"type":"integer"}},"required":["tranId"],"type":"object"}}',
)


def _arguments(
    from_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    to_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    asset: str,
    amount: DecimalLike,
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "from_account_type": from_account_type,
        "to_account_type": to_account_type,
        "client_tran_id": client_tran_id,
        "symbol": symbol,
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> SubAccountUniversalTransferResult:
    try:
        response_200 = SubAccountUniversalTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    to_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountUniversalTransferResult]:
    """`Spot.sub_account.sub_account_universal_transfer`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    to_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountUniversalTransferResult:
    """`Spot.sub_account.sub_account_universal_transfer` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    to_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountUniversalTransferResult]:
    """`Spot.sub_account.sub_account_universal_transfer` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    to_account_type: SubAccountUniversalAccountType
    | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
    asset: str,
    amount: DecimalLike,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountUniversalTransferResult:
    """`Spot.sub_account.sub_account_universal_transfer` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            from_account_type=from_account_type,
            to_account_type=to_account_type,
            client_tran_id=client_tran_id,
            symbol=symbol,
            asset=asset,
            amount=amount,
        ),
        options,
    )
