"""NFT deposit history: GET /sapi/v1/nft/history/deposit (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.nft.nft_deposit_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.nft_deposit_history import NftDepositHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["nftDepositHistory"]
ANSWER = AnswerPlan(
    "nftDepositHistory",
    {"$ref": "NftDepositHistory"},
    schemas='{"NftDeposit":{"properties":{"contractAdrress":{"type":"string"},"network":{"type":"string"},"timestamp":{"type":"integer"},"tokenId":{"type":"string"},"txID":{"type":["string","null"]}},"required":["network","txID","contractAdrress","tokenId","timestamp"],"type":"object"},"NftDepositHistory":{"properties":{"list":{"items":{"$ref":"NftDeposit"},"type":"array"},"total":{"type":"integer"}},"required":["total","list"],"type":"object"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "page": page,
    }


def _parse(data: Any) -> NftDepositHistory:
    try:
        response_200 = NftDepositHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftDepositHistory]:
    """`Spot.nft.nft_deposit_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftDepositHistory:
    """`Spot.nft.nft_deposit_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[NftDepositHistory]:
    """`Spot.nft.nft_deposit_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
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
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    page: int | None = None,
    **options: Unpack[CallOptions],
) -> NftDepositHistory:
    """`Spot.nft.nft_deposit_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            page=page,
        ),
        options,
    )
