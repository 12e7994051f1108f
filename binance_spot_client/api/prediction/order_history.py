"""Prediction order history: GET /sapi/v1/w3w/wallet/prediction/order/history (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.order_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_order_page import PredictionOrderPage
from ...models.prediction_order_type import PredictionOrderType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["orderHistory"]
ANSWER = AnswerPlan(
    "orderHistory",
    {"$ref": "PredictionOrderPage"},
    schemas='{"PredictionOrder":{"properties":{"createTime":{"type":"integer"},"fillPercentage":{"type":"string"},"filledShareQty":{"type":"string"},"filledUsdtAmount":{"type":"string"},"makerShareQty":{"type":"string"},"makerUsdtAmount":{"type":"string"},"marketId":{"type":"integer"},"marketProviderFee":{"type":"string"},"marketTitle":{"type":"string"},"marketTopicId":{"type":"integer"},"marketTopicTitle":{"type":"string"},"modifyTime":{"type":"integer"},"networkFee":{"type":"string"},"orderId":{"type":"string"},"orderType":{"type":"string"},"outcome":{"type":"string"},"outcomeIndex":{"type":"integer"},"price":{"type":"string"},"side":{"type":"string"},"slug":{"type":"string"},"status":{"type":"string"},"terminalTime":{"type":"integer"},"vendor":{"type":"string"},"vendorOrderId":{"type":"string"}},"required":["orderId","vendorOrderId","vendor","marketTopicId","slug","marketTopicTitle","marketId","marketTitle","outcome","outcomeIndex","status","side","orderType","createTime","modifyTime","makerUsdtAmount","makerShareQty","filledUsdtAmount","filledShareQty","fillPercentage","price","marketProviderFee","networkFee"],"type":"object"},"PredictionOrderPage":{"properties":{"limit":{"type":"integer"},"offset":{"type":"integer"},"orders":{"items":{"$ref":"PredictionOrder"},"type":"array"},"total":{"type":"integer"}},"required":["total","offset","limit","orders"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    *,
    l_1_category: str | None = None,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "l_1_category": l_1_category,
        "order_type": order_type,
        "status": status,
        "start_date": start_date,
        "end_date": end_date,
        "offset": offset,
        "limit": limit,
    }


def _parse(data: Any) -> PredictionOrderPage:
    try:
        response_200 = PredictionOrderPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderPage]:
    """`Spot.prediction.order_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            order_type=order_type,
            status=status,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionOrderPage:
    """`Spot.prediction.order_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            order_type=order_type,
            status=status,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionOrderPage]:
    """`Spot.prediction.order_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            order_type=order_type,
            status=status,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    l_1_category: str | None = None,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"] | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    offset: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> PredictionOrderPage:
    """`Spot.prediction.order_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            l_1_category=l_1_category,
            order_type=order_type,
            status=status,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        ),
        options,
    )
