"""Set BNB fee and interest payment: POST /sapi/v1/bnbBurn (USER_DATA, weight 1).

The parameters and answer are described on `Spot.margin.toggle_bnb_burn`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_bnb_burn import MarginBnbBurn
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["toggleBnbBurn"]
ANSWER = AnswerPlan(
    "toggleBnbBurn",
    {"$ref": "MarginBnbBurn"},
    schemas='{"MarginBnbBurn":{"properties":{"interestBNBBurn":{"type":"boolean"},"spotBNBBurn":{"type":"boolean"}},"required":["spotBNBBurn","interestBNBBurn"],"type":"object"}}',
)


def _arguments(
    *,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
) -> dict[str, object]:
    return {
        "spot_bnb_burn": spot_bnb_burn,
        "interest_bnb_burn": interest_bnb_burn,
    }


def _parse(data: Any) -> MarginBnbBurn:
    try:
        response_200 = MarginBnbBurn.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginBnbBurn]:
    """`Spot.margin.toggle_bnb_burn`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginBnbBurn:
    """`Spot.margin.toggle_bnb_burn` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginBnbBurn]:
    """`Spot.margin.toggle_bnb_burn` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    spot_bnb_burn: bool | None = None,
    interest_bnb_burn: bool | None = None,
    **options: Unpack[CallOptions],
) -> MarginBnbBurn:
    """`Spot.margin.toggle_bnb_burn` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            spot_bnb_burn=spot_bnb_burn,
            interest_bnb_burn=interest_bnb_burn,
        ),
        options,
    )
