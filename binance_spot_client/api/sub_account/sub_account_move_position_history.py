"""History of futures positions moved between accounts: GET /sapi/v1/sub-account/futures/move-position (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_move_position_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_move_position_history import SubAccountMovePositionHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountMovePositionHistory"]
ANSWER = AnswerPlan(
    "subAccountMovePositionHistory",
    {"$ref": "SubAccountMovePositionHistory"},
    schemas='{"OrderSide":{"type":"string"},"SubAccountMovePositionHistory":{"properties":{"futureMovePositionOrderVoList":{"items":{"$ref":"SubAccountMovedPosition"},"type":"array"},"total":{"type":"integer"}},"required":["total","futureMovePositionOrderVoList"],"type":"object"},"SubAccountMovedPosition":{"properties":{"fromUserEmail":{"type":"string"},"positionSide":{"type":"string"},"price":{"type":"string"},"productType":{"type":"string"},"quantity":{"type":"string"},"side":{"$ref":"OrderSide"},"symbol":{"type":"string"},"timeStamp":{"type":"integer"},"toUserEmail":{"type":"string"}},"required":["fromUserEmail","toUserEmail","productType","symbol","price","quantity","positionSide","side","timeStamp"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    page: int,
    row: int,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "row": row,
    }


def _parse(data: Any) -> SubAccountMovePositionHistory:
    try:
        response_200 = SubAccountMovePositionHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountMovePositionHistory]:
    """`Spot.sub_account.sub_account_move_position_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountMovePositionHistory:
    """`Spot.sub_account.sub_account_move_position_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountMovePositionHistory]:
    """`Spot.sub_account.sub_account_move_position_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    page: int,
    row: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountMovePositionHistory:
    """`Spot.sub_account.sub_account_move_position_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            row=row,
        ),
        options,
    )
