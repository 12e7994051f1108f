"""The `oauth` operations of Binance Login (OAuth 2.0), reached as `client.oauth`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.oauth import AsyncOauthPaging, OauthPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.o_auth_balance_response import OAuthBalanceResponse
    from ..models.o_auth_charge_address_response import OAuthChargeAddressResponse
    from ..models.o_auth_convert_coins_response import OAuthConvertCoinsResponse
    from ..models.o_auth_convert_confirm_response import OAuthConvertConfirmResponse
    from ..models.o_auth_convert_history_response import OAuthConvertHistoryResponse
    from ..models.o_auth_convert_quote_response import OAuthConvertQuoteResponse
    from ..models.o_auth_revoke_token_response import OAuthRevokeTokenResponse
    from ..models.o_auth_user_info_response import OAuthUserInfoResponse
    from ..models.o_auth_user_status_response import OAuthUserStatusResponse


DecimalLike = str | int | float | Decimal


class Oauth(OauthPaging):
    """`oauth` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def asset_balance(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthBalanceResponse:
        """Asset balances.

        The user's spot balances, one entry per asset.

        GET /oauth-api/v1/balance · security OAUTH · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthBalanceResponse
        """
        from ..api.oauth import asset_balance as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def charge_address(
        self,
        coin: str,
        network: str,
        **options: Unpack[CallOptions],
    ) -> OAuthChargeAddressResponse:
        """Deposit address.

        The user's deposit address for a coin on a network.

        GET /oauth-api/v1/get-charge-address · security OAUTH · weight 1


        Args:
            coin: The coin, e.g. BTC or BNB. Required.
            network: The network the coin is deposited on, e.g. BSC; the coin's networks are listed by
                Binance's capital config. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthChargeAddressResponse
        """
        from ..api.oauth import charge_address as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
            ),
            options,
        )

    def convert_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertCoinsResponse:
        """Convertible coins.

        The coins the user can convert from, each with the coins it converts to and their limits.

        GET /oauth-api/v1/ocbs/support-coins · security OAUTH · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthConvertCoinsResponse
        """
        from ..api.oauth import convert_coins as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def convert_confirm(
        self,
        quote_id: str,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertConfirmResponse:
        """Confirm a convert quote.

        Executes the conversion of a quote that has not expired yet.

        POST /oauth-api/v1/ocbs/confirm · security OAUTH · weight 1


        Args:
            quote_id: The quote's id from convertQuote. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthConvertConfirmResponse
        """
        from ..api.oauth import convert_confirm as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_id=quote_id,
            ),
            options,
        )

    def convert_history(
        self,
        *,
        order_id: str | None = None,
        status: str | None = None,
        quote_id: str | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        update_time_start: int | None = None,
        update_time_end: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertHistoryResponse:
        """Convert history.

        The user's conversions, newest first, a page at a time.

        GET /oauth-api/v1/ocbs/query-history · security OAUTH · weight 1


        Args:
            order_id: Only this conversion order.
            status: Only conversions in this status.
            quote_id: Only the conversion of this quote.
            create_time_start: Created at or after this time (ms).
            create_time_end: Created at or before this time (ms).
            update_time_start: Updated at or after this time (ms).
            update_time_end: Updated at or before this time (ms).
            page: Page number, from 1 (default 1).
            rows: Conversions per page, at most 2000.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthConvertHistoryResponse
        """
        from ..api.oauth import convert_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                status=status,
                quote_id=quote_id,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                update_time_start=update_time_start,
                update_time_end=update_time_end,
                page=page,
                rows=rows,
            ),
            options,
        )

    def convert_quote(
        self,
        from_asset: str,
        to_asset: str,
        base_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertQuoteResponse:
        """Convert quote.

        A price for converting `amount` of `base_asset` between `from_asset` and `to_asset`; confirm it
        by its quoteId before it expires.

        POST /oauth-api/v1/ocbs/quote · security OAUTH · weight 1


        Args:
            from_asset: The coin given. Required.
            to_asset: The coin received. Required.
            base_asset: Which of the two coins `amount` counts (fromAsset or toAsset). Required.
            amount: The amount of `base_asset`. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthConvertQuoteResponse
        """
        from ..api.oauth import convert_quote as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                base_asset=base_asset,
                amount=amount,
            ),
            options,
        )

    def revoke_token(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthRevokeTokenResponse:
        """Revoke the access token.

        Invalidates the access token this call is made with; `data` is true when it was cleared.

        POST /oauth-api/v1/revoke-token · security OAUTH · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthRevokeTokenResponse
        """
        from ..api.oauth import revoke_token as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def user_info(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthUserInfoResponse:
        """User info.

        The user's id and, with the `user:email` scope, e-mail address.

        GET /oauth-api/v1/user-info · security OAUTH · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthUserInfoResponse
        """
        from ..api.oauth import user_info as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def user_status(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthUserStatusResponse:
        """User KYC status.

        Whether the user is a person or a company, and how far identity verification (KYC) has got.

        GET /oauth-api/v1/user-status · security OAUTH · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            OAuthUserStatusResponse
        """
        from ..api.oauth import user_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class AsyncOauth(AsyncOauthPaging):
    """`oauth` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def asset_balance(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthBalanceResponse:
        """Asset balances (the coroutine of `Spot.oauth.asset_balance`, which describes it)."""
        from ..api.oauth import asset_balance as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def charge_address(
        self,
        coin: str,
        network: str,
        **options: Unpack[CallOptions],
    ) -> OAuthChargeAddressResponse:
        """Deposit address (the coroutine of `Spot.oauth.charge_address`, which describes it)."""
        from ..api.oauth import charge_address as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
            ),
            options,
        )

    async def convert_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertCoinsResponse:
        """Convertible coins (the coroutine of `Spot.oauth.convert_coins`, which describes it)."""
        from ..api.oauth import convert_coins as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def convert_confirm(
        self,
        quote_id: str,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertConfirmResponse:
        """Confirm a convert quote (the coroutine of `Spot.oauth.convert_confirm`, which describes it)."""
        from ..api.oauth import convert_confirm as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_id=quote_id,
            ),
            options,
        )

    async def convert_history(
        self,
        *,
        order_id: str | None = None,
        status: str | None = None,
        quote_id: str | None = None,
        create_time_start: int | None = None,
        create_time_end: int | None = None,
        update_time_start: int | None = None,
        update_time_end: int | None = None,
        page: int | None = None,
        rows: int | None = None,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertHistoryResponse:
        """Convert history (the coroutine of `Spot.oauth.convert_history`, which describes it)."""
        from ..api.oauth import convert_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                status=status,
                quote_id=quote_id,
                create_time_start=create_time_start,
                create_time_end=create_time_end,
                update_time_start=update_time_start,
                update_time_end=update_time_end,
                page=page,
                rows=rows,
            ),
            options,
        )

    async def convert_quote(
        self,
        from_asset: str,
        to_asset: str,
        base_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> OAuthConvertQuoteResponse:
        """Convert quote (the coroutine of `Spot.oauth.convert_quote`, which describes it)."""
        from ..api.oauth import convert_quote as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                to_asset=to_asset,
                base_asset=base_asset,
                amount=amount,
            ),
            options,
        )

    async def revoke_token(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthRevokeTokenResponse:
        """Revoke the access token (the coroutine of `Spot.oauth.revoke_token`, which describes it)."""
        from ..api.oauth import revoke_token as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def user_info(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthUserInfoResponse:
        """User info (the coroutine of `Spot.oauth.user_info`, which describes it)."""
        from ..api.oauth import user_info as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def user_status(
        self,
        **options: Unpack[CallOptions],
    ) -> OAuthUserStatusResponse:
        """User KYC status (the coroutine of `Spot.oauth.user_status`, which describes it)."""
        from ..api.oauth import user_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)


class OauthWithRawResponse:
    """`oauth` operations, each returning the whole `Response`."""

    def __init__(self, group: Oauth) -> None:
        self._group = group
        self.asset_balance: Final = raw_response_wrapper(group.asset_balance)
        self.charge_address: Final = raw_response_wrapper(group.charge_address)
        self.convert_coins: Final = raw_response_wrapper(group.convert_coins)
        self.convert_confirm: Final = raw_response_wrapper(group.convert_confirm)
        self.convert_history: Final = raw_response_wrapper(group.convert_history)
        self.convert_quote: Final = raw_response_wrapper(group.convert_quote)
        self.revoke_token: Final = raw_response_wrapper(group.revoke_token)
        self.user_info: Final = raw_response_wrapper(group.user_info)
        self.user_status: Final = raw_response_wrapper(group.user_status)


class AsyncOauthWithRawResponse:
    """`oauth` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncOauth) -> None:
        self._group = group
        self.asset_balance: Final = async_raw_response_wrapper(group.asset_balance)
        self.charge_address: Final = async_raw_response_wrapper(group.charge_address)
        self.convert_coins: Final = async_raw_response_wrapper(group.convert_coins)
        self.convert_confirm: Final = async_raw_response_wrapper(group.convert_confirm)
        self.convert_history: Final = async_raw_response_wrapper(group.convert_history)
        self.convert_quote: Final = async_raw_response_wrapper(group.convert_quote)
        self.revoke_token: Final = async_raw_response_wrapper(group.revoke_token)
        self.user_info: Final = async_raw_response_wrapper(group.user_info)
        self.user_status: Final = async_raw_response_wrapper(group.user_status)


__all__ = ["AsyncOauth", "AsyncOauthWithRawResponse", "Oauth", "OauthWithRawResponse"]
