"""Create a margin special key: POST /sapi/v1/margin/apiKey (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.create_margin_special_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_special_key_created import MarginSpecialKeyCreated
from ...models.margin_special_key_permission import MarginSpecialKeyPermission
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createMarginSpecialKey"]
ANSWER = AnswerPlan(
    "createMarginSpecialKey",
    {"$ref": "MarginSpecialKeyCreated"},
    schemas='{"MarginSpecialKeyCreated":{"properties":{"apiKey":{"type":"string"},"secretKey":{"type":"string"},"type":{"type":"string"}},"required":["apiKey","type"],"type":"object"}}',
)


def _arguments(
    api_name: str,
    *,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
) -> dict[str, object]:
    return {
        "api_name": api_name,
        "symbol": symbol,
        "ip": ip,
        "public_key": public_key,
        "permission_mode": permission_mode,
    }


def _parse(data: Any) -> MarginSpecialKeyCreated:
    try:
        response_200 = MarginSpecialKeyCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginSpecialKeyCreated]:
    """`Spot.margin.create_margin_special_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
    **options: Unpack[CallOptions],
) -> MarginSpecialKeyCreated:
    """`Spot.margin.create_margin_special_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginSpecialKeyCreated]:
    """`Spot.margin.create_margin_special_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
    **options: Unpack[CallOptions],
) -> MarginSpecialKeyCreated:
    """`Spot.margin.create_margin_special_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        options,
    )
