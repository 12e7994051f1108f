"""Maximum transfer-out amount: GET /sapi/v1/margin/maxTransferable (USER_DATA, weight 50).

The parameters and answer are described on `Spot.margin.margin_max_transferable`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_max_transferable import MarginMaxTransferable
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMaxTransferable"]
ANSWER = AnswerPlan(
    "marginMaxTransferable",
    {"$ref": "MarginMaxTransferable"},
    schemas='{"MarginMaxTransferable":{"properties":{"amount":{"type":"string"},"borrowLimit":{"type":"string"}},"required":["amount"],"type":"object"}}',
)


def _arguments(
    asset: str,
    *,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
    }


def _parse(data: Any) -> MarginMaxTransferable:
    try:
        response_200 = MarginMaxTransferable.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginMaxTransferable]:
    """`Spot.margin.margin_max_transferable`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginMaxTransferable:
    """`Spot.margin.margin_max_transferable` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginMaxTransferable]:
    """`Spot.margin.margin_max_transferable` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginMaxTransferable:
    """`Spot.margin.margin_max_transferable` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )
