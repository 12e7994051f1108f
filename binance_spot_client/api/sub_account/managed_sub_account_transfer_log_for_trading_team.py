"""Transfer log of a managed sub-account (trading team): GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent (USER_DATA, weight 60).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_transfer_log_for_trading_team`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_managed_account_type import SubAccountManagedAccountType
from ...models.sub_account_managed_transfer_log import SubAccountManagedTransferLog
from ...models.sub_account_transfer_direction import SubAccountTransferDirection
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountTransferLogForTradingTeam"]
ANSWER = AnswerPlan(
    "managedSubAccountTransferLogForTradingTeam",
    {"$ref": "SubAccountManagedTransferLog"},
    schemas='{"SubAccountManagedTransfer":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"createTime":{"type":"integer"},"fromAccountType":{"type":"string"},"fromEmail":{"type":"string"},"scheduledData":{"type":"integer"},"status":{"type":"string"},"toAccountType":{"type":"string"},"toEmail":{"type":"string"},"tranId":{"type":"integer"}},"required":["fromEmail","fromAccountType","toEmail","toAccountType","asset","amount","scheduledData","createTime","status","tranId"],"type":"object"},"SubAccountManagedTransferLog":{"properties":{"count":{"type":"integer"},"managerSubTransferHistoryVos":{"items":{"$ref":"SubAccountManagedTransfer"},"type":"array"}},"required":["managerSubTransferHistoryVos","count"],"type":"object"}}',
)


def _arguments(
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    page: int,
    limit: int,
    *,
    transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
    transfer_function_account_type: SubAccountManagedAccountType
    | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
    | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
        "transfers": transfers,
        "transfer_function_account_type": transfer_function_account_type,
    }


def _parse(data: Any) -> SubAccountManagedTransferLog:
    try:
        response_200 = SubAccountManagedTransferLog.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
    transfer_function_account_type: SubAccountManagedAccountType
    | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedTransferLog]:
    """`Spot.sub_account.managed_sub_account_transfer_log_for_trading_team`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
    transfer_function_account_type: SubAccountManagedAccountType
    | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedTransferLog:
    """`Spot.sub_account.managed_sub_account_transfer_log_for_trading_team` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
    transfer_function_account_type: SubAccountManagedAccountType
    | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
    | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedTransferLog]:
    """`Spot.sub_account.managed_sub_account_transfer_log_for_trading_team` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    page: int,
    limit: int,
    transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
    transfer_function_account_type: SubAccountManagedAccountType
    | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
    | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedTransferLog:
    """`Spot.sub_account.managed_sub_account_transfer_log_for_trading_team` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
            transfers=transfers,
            transfer_function_account_type=transfer_function_account_type,
        ),
        options,
    )
