"""Set a stable-rate loan's margin call (retired): POST /sapi/v1/loan/customize/margin_call (TRADE, weight 6000).

The parameters and answer are described on `Spot.crypto_loans.stable_loan_customize_margin_call`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.crypto_loans_stable_margin_calls import CryptoLoansStableMarginCalls
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanCustomizeMarginCall"]
ANSWER = AnswerPlan(
    "stableLoanCustomizeMarginCall",
    {"$ref": "CryptoLoansStableMarginCalls"},
    schemas='{"CryptoLoansStableMarginCall":{"properties":{"afterMarginCall":{"type":"string"},"collateralCoin":{"type":"string"},"customizeTime":{"type":"integer"},"orderId":{"type":"string"},"preMarginCall":{"type":"string"}},"required":["orderId","collateralCoin","preMarginCall","afterMarginCall","customizeTime"],"type":"object"},"CryptoLoansStableMarginCalls":{"properties":{"rows":{"items":{"$ref":"CryptoLoansStableMarginCall"},"type":"array"},"total":{"type":"integer"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    margin_call: DecimalLike,
    *,
    order_id: int | None = None,
    collateral_coin: str | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "collateral_coin": collateral_coin,
        "margin_call": margin_call,
    }


def _parse(data: Any) -> CryptoLoansStableMarginCalls:
    try:
        response_200 = CryptoLoansStableMarginCalls.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableMarginCalls]:
    """`Spot.crypto_loans.stable_loan_customize_margin_call`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableMarginCalls:
    """`Spot.crypto_loans.stable_loan_customize_margin_call` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[CryptoLoansStableMarginCalls]:
    """`Spot.crypto_loans.stable_loan_customize_margin_call` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    margin_call: DecimalLike,
    order_id: int | None = None,
    collateral_coin: str | None = None,
    **options: Unpack[CallOptions],
) -> CryptoLoansStableMarginCalls:
    """`Spot.crypto_loans.stable_loan_customize_margin_call` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
        ),
        options,
    )
