"""VASP list (travel rule): GET /sapi/v1/localentity/vasp (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.vasp_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_vasp import WalletVasp
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vaspList"]
ANSWER = AnswerPlan(
    "vaspList",
    {"type": "array", "items": {"$ref": "WalletVasp"}},
    schemas='{"WalletVasp":{"properties":{"vaspCode":{"type":"string"},"vaspName":{"type":"string"}},"required":["vaspName","vaspCode"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletVasp]:
    try:
        response_200 = [WalletVasp.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletVasp]]:
    """`Spot.wallet.vasp_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletVasp]:
    """`Spot.wallet.vasp_list` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletVasp]]:
    """`Spot.wallet.vasp_list` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletVasp]:
    """`Spot.wallet.vasp_list` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
