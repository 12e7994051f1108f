"""Move futures positions between accounts: POST /sapi/v1/sub-account/futures/move-position (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.move_sub_account_futures_position`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_move_position_product_type import SubAccountMovePositionProductType
from ...models.sub_account_move_position_result import SubAccountMovePositionResult
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["moveSubAccountFuturesPosition"]
ANSWER = AnswerPlan(
    "moveSubAccountFuturesPosition",
    {"$ref": "SubAccountMovePositionResult"},
    schemas='{"OrderSide":{"type":"string"},"SubAccountMovePositionOrder":{"properties":{"fromUserEmail":{"type":"string"},"positionSide":{"type":["string","null"]},"price":{"type":"string"},"priceType":{"type":"string"},"productType":{"type":"string"},"quantity":{"type":"string"},"side":{"$ref":"OrderSide"},"success":{"type":"boolean"},"symbol":{"type":"string"},"toUserEmail":{"type":"string"}},"required":["fromUserEmail","toUserEmail","productType","symbol","priceType","price","quantity","side","success"],"type":"object"},"SubAccountMovePositionResult":{"properties":{"movePositionOrders":{"items":{"$ref":"SubAccountMovePositionOrder"},"type":"array"}},"required":["movePositionOrders"],"type":"object"}}',
)


def _arguments(
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
    order_args: Sequence[Mapping[str, object]],
) -> dict[str, object]:
    return {
        "from_user_email": from_user_email,
        "to_user_email": to_user_email,
        "product_type": product_type,
        "order_args": order_args,
    }


def _parse(data: Any) -> SubAccountMovePositionResult:
    try:
        response_200 = SubAccountMovePositionResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
    order_args: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> Response[SubAccountMovePositionResult]:
    """`Spot.sub_account.move_sub_account_futures_position`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
    order_args: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> SubAccountMovePositionResult:
    """`Spot.sub_account.move_sub_account_futures_position` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
    order_args: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> Response[SubAccountMovePositionResult]:
    """`Spot.sub_account.move_sub_account_futures_position` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
    order_args: Sequence[Mapping[str, object]],
    **options: Unpack[CallOptions],
) -> SubAccountMovePositionResult:
    """`Spot.sub_account.move_sub_account_futures_position` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        options,
    )
