"""Create an API key for a sub-account: POST /sapi/v1/sub-account/subAccountApi (TRADE, weight 3000).

The parameters and answer are described on `Spot.sub_account.create_sub_account_api_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_api_key_created import SubAccountApiKeyCreated
from ...models.sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createSubAccountApiKey"]
ANSWER = AnswerPlan(
    "createSubAccountApiKey",
    {"$ref": "SubAccountApiKeyCreated"},
    schemas='{"SubAccountApiKeyCreated":{"properties":{"apiKey":{"type":"string"},"apiName":{"type":"string"},"canFuturesTrade":{"type":"boolean"},"canMarginLoanRepay":{"type":"boolean"},"canTrade":{"type":"boolean"},"canUniversalTransfer":{"type":"boolean"},"canVanillaOptions":{"type":"boolean"},"ipList":{"items":{"type":"string"},"type":"array"},"secretKey":{"type":"string"},"status":{"type":"integer"}},"required":["apiName","apiKey","secretKey","canTrade","canMarginLoanRepay","canFuturesTrade","canUniversalTransfer","canVanillaOptions","status"],"type":"object"}}',
)


def _arguments(
    email: str,
    api_name: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    *,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "api_name": api_name,
        "status": status,
        "can_trade": can_trade,
        "can_margin_loan_repay": can_margin_loan_repay,
        "can_futures_trade": can_futures_trade,
        "can_universal_transfer": can_universal_transfer,
        "can_vanilla_options": can_vanilla_options,
        "ip_address": ip_address,
        "third_party_name": third_party_name,
        "public_key": public_key,
    }


def _parse(data: Any) -> SubAccountApiKeyCreated:
    try:
        response_200 = SubAccountApiKeyCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    api_name: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyCreated]:
    """`Spot.sub_account.create_sub_account_api_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    api_name: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyCreated:
    """`Spot.sub_account.create_sub_account_api_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    api_name: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyCreated]:
    """`Spot.sub_account.create_sub_account_api_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    api_name: str,
    status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyCreated:
    """`Spot.sub_account.create_sub_account_api_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        options,
    )
