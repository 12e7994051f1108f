"""NFT transaction history: GET /sapi/v1/nft/history/transactions (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.nft.nft_transaction_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.nft_transaction_history import NftTransactionHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["nftTransactionHistory"]
ANSWER = AnswerPlan(
    "nftTransactionHistory",
    {"$ref": "NftTransactionHistory"},
    schemas='{"NftToken":{"properties":{"contractAddress":{"type":"string"},"network":{"type":"string"},"tokenId":{"type":"string"}},"required":["network","tokenId","contractAddress"],"type":"object"},"NftTransaction":{"properties":{"orderNo":{"type":"string"},"tokens":{"items":{"$ref":"NftToken"},"type":"array"},"tradeAmount":{"type":"string"},"tradeCurrency":{"type":"string"},"tradeTime":{"type":"integer"}},"required":["orderNo","tokens","tradeTime","tradeAmount","tradeCurrency"],"type":"object"},"NftTransactionHistory":{"properties":{"list":{"items":{"$ref":"NftTransaction"},"type":"array"},"total":{"type":"integer"}},"required":["total","list"],"type":"object"}}',
)


def _arguments(
    order_type: int,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "order_type": order_type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "page": page,
    }


def _parse(data: Any) -> NftTransactionHistory:
    try:
        response_200 = NftTransactionHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    order_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftTransactionHistory]:
    """`Spot.nft.nft_transaction_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    order_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftTransactionHistory:
    """`Spot.nft.nft_transaction_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftTransactionHistory]:
    """`Spot.nft.nft_transaction_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftTransactionHistory:
    """`Spot.nft.nft_transaction_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_type=order_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        options,
    )
