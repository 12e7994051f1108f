"""Quote a prediction order: POST /sapi/v1/w3w/wallet/prediction/trade/get-quote (TRADE, weight 200).

The parameters and answer are described on `Spot.prediction.get_quote`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.prediction_funding_source import PredictionFundingSource
from ...models.prediction_order_type import PredictionOrderType
from ...models.prediction_quote import PredictionQuote
from ...models.prediction_side import PredictionSide
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["getQuote"]
ANSWER = AnswerPlan(
    "getQuote",
    {"$ref": "PredictionQuote"},
    schemas='{"PredictionQuote":{"properties":{"amountIn":{"type":"string"},"amountOut":{"type":"string"},"averagePrice":{"type":"number"},"chainId":{"type":"string"},"chance":{"type":"string"},"expireAt":{"type":"integer"},"feeAmount":{"type":"string"},"feeDiscountBps":{"type":"string"},"feeRateBps":{"type":"integer"},"isMinAmountOut":{"type":"boolean"},"lastPrice":{"type":"number"},"marketExtId":{"type":"string"},"marketTitle":{"type":"string"},"minReceive":{"type":"string"},"orderType":{"type":"string"},"priceImpact":{"type":"number"},"priceLimit":{"type":"string"},"quoteId":{"type":"string"},"side":{"type":"string"},"slippageBps":{"type":"integer"},"timestamp":{"type":"integer"},"tokenId":{"type":"string"},"userId":{"type":"integer"},"vendor":{"type":"string"},"walletAddress":{"type":"string"}},"required":["quoteId","tokenId","side","amountIn","amountOut","orderType","slippageBps","expireAt"],"type":"object"}}',
)


def _arguments(
    wallet_address: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    amount_in: str,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    *,
    price_limit: DecimalLike | None = None,
    chain_id: str | None = None,
    fee_rate_bps: int | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
) -> dict[str, object]:
    return {
        "wallet_address": wallet_address,
        "token_id": token_id,
        "side": side,
        "amount_in": amount_in,
        "order_type": order_type,
        "slippage_bps": slippage_bps,
        "price_limit": price_limit,
        "chain_id": chain_id,
        "fee_rate_bps": fee_rate_bps,
        "funding_source": funding_source,
        "fund_transfer_amount": fund_transfer_amount,
    }


def _parse(data: Any) -> PredictionQuote:
    try:
        response_200 = PredictionQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    amount_in: str,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    chain_id: str | None = None,
    fee_rate_bps: int | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionQuote]:
    """`Spot.prediction.get_quote`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            side=side,
            amount_in=amount_in,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            chain_id=chain_id,
            fee_rate_bps=fee_rate_bps,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    wallet_address: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    amount_in: str,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    chain_id: str | None = None,
    fee_rate_bps: int | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionQuote:
    """`Spot.prediction.get_quote` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            side=side,
            amount_in=amount_in,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            chain_id=chain_id,
            fee_rate_bps=fee_rate_bps,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    amount_in: str,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    chain_id: str | None = None,
    fee_rate_bps: int | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[PredictionQuote]:
    """`Spot.prediction.get_quote` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            side=side,
            amount_in=amount_in,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            chain_id=chain_id,
            fee_rate_bps=fee_rate_bps,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    wallet_address: str,
    token_id: str,
    side: PredictionSide | Literal["BUY", "SELL"],
    amount_in: str,
    order_type: PredictionOrderType | Literal["MARKET", "LIMIT"],
    slippage_bps: int,
    price_limit: DecimalLike | None = None,
    chain_id: str | None = None,
    fee_rate_bps: int | None = None,
    funding_source: PredictionFundingSource | Literal["MPC", "CEX"] | None = None,
    fund_transfer_amount: str | None = None,
    **options: Unpack[CallOptions],
) -> PredictionQuote:
    """`Spot.prediction.get_quote` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            wallet_address=wallet_address,
            token_id=token_id,
            side=side,
            amount_in=amount_in,
            order_type=order_type,
            slippage_bps=slippage_bps,
            price_limit=price_limit,
            chain_id=chain_id,
            fee_rate_bps=fee_rate_bps,
            funding_source=funding_source,
            fund_transfer_amount=fund_transfer_amount,
        ),
        options,
    )
