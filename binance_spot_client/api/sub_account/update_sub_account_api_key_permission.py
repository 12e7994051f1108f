"""Change the permissions of a sub-account API key: POST /sapi/v1/sub-account/subAccountApiPermission (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.sub_account.update_sub_account_api_key_permission`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_api_key_permissions import SubAccountApiKeyPermissions
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["updateSubAccountApiKeyPermission"]
ANSWER = AnswerPlan(
    "updateSubAccountApiKeyPermission",
    {"$ref": "SubAccountApiKeyPermissions"},
    schemas='{"SubAccountApiKeyPermissions":{"properties":{"apiName":{"type":"string"},"apikey":{"type":"string"},"canFuturesTrade":{"type":"boolean"},"canMarginLoanRepay":{"type":"boolean"},"canTrade":{"type":"boolean"},"canUniversalTransfer":{"type":"boolean"},"canVanillaOptions":{"type":"boolean"},"timestamp":{"type":"integer"}},"required":["apiName","apikey","canTrade","canMarginLoanRepay","canFuturesTrade","canUniversalTransfer","canVanillaOptions","timestamp"],"type":"object"}}',
)


def _arguments(
    email: str,
    sub_account_api_key: str,
    *,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "can_trade": can_trade,
        "can_margin_loan_repay": can_margin_loan_repay,
        "can_futures_trade": can_futures_trade,
        "can_universal_transfer": can_universal_transfer,
        "can_vanilla_options": can_vanilla_options,
    }


def _parse(data: Any) -> SubAccountApiKeyPermissions:
    try:
        response_200 = SubAccountApiKeyPermissions.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyPermissions]:
    """`Spot.sub_account.update_sub_account_api_key_permission`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyPermissions:
    """`Spot.sub_account.update_sub_account_api_key_permission` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountApiKeyPermissions]:
    """`Spot.sub_account.update_sub_account_api_key_permission` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountApiKeyPermissions:
    """`Spot.sub_account.update_sub_account_api_key_permission` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        options,
    )
