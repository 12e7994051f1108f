"""Submit a fiat withdrawal: POST /sapi/v2/fiat/withdraw (TRADE, weight 45000).

The parameters and answer are described on `Spot.fiat.fiat_withdraw`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Unpack

from ...models.fiat_order_submitted import FiatOrderSubmitted
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["fiatWithdraw"]
ANSWER = AnswerPlan(
    "fiatWithdraw",
    {"$ref": "FiatOrderSubmitted"},
    schemas='{"FiatOrderSubmitted":{"properties":{"code":{"type":"string"},"data":{"$ref":"FiatOrderSubmittedData"},"message":{"type":"string"}},"required":["code","message","data"],"type":"object"},"FiatOrderSubmittedData":{"properties":{"orderId":{"type":"string"}},"required":["orderId"],"type":"object"}}',
)


def _arguments(
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    *,
    ext: Mapping[str, object] | None = None,
) -> dict[str, object]:
    return {
        "currency": currency,
        "api_payment_method": api_payment_method,
        "amount": amount,
        "account_info": account_info,
        "ext": ext,
    }


def _parse(data: Any) -> FiatOrderSubmitted:
    try:
        response_200 = FiatOrderSubmitted.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderSubmitted]:
    """`Spot.fiat.fiat_withdraw`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    **options: Unpack[CallOptions],
) -> FiatOrderSubmitted:
    """`Spot.fiat.fiat_withdraw` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    **options: Unpack[CallOptions],
) -> Response[FiatOrderSubmitted]:
    """`Spot.fiat.fiat_withdraw` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    currency: str,
    api_payment_method: str,
    amount: DecimalLike,
    account_info: Mapping[str, object],
    ext: Mapping[str, object] | None = None,
    **options: Unpack[CallOptions],
) -> FiatOrderSubmitted:
    """`Spot.fiat.fiat_withdraw` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            currency=currency,
            api_payment_method=api_payment_method,
            amount=amount,
            account_info=account_info,
            ext=ext,
        ),
        options,
    )
