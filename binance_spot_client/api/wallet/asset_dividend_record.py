"""Asset dividend record: GET /sapi/v1/asset/assetDividend (USER_DATA, weight 10).

The parameters and answer are described on `Spot.wallet.asset_dividend_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_dividend_records import WalletDividendRecords
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["assetDividendRecord"]
ANSWER = AnswerPlan(
    "assetDividendRecord",
    {"$ref": "WalletDividendRecords"},
    schemas='{"WalletDividendRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"direction":{"type":"integer"},"divTime":{"type":"integer"},"enInfo":{"type":"string"},"id":{"type":"integer"},"tranId":{"type":"integer"}},"required":["id","amount","asset","divTime","enInfo","tranId"],"type":"object"},"WalletDividendRecords":{"properties":{"rows":{"items":{"$ref":"WalletDividendRecord"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> WalletDividendRecords:
    try:
        response_200 = WalletDividendRecords.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDividendRecords]:
    """`Spot.wallet.asset_dividend_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDividendRecords:
    """`Spot.wallet.asset_dividend_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDividendRecords]:
    """`Spot.wallet.asset_dividend_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDividendRecords:
    """`Spot.wallet.asset_dividend_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
