"""The `sub_account` operations of the /sapi surface, reached as `client.sub_account`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack, overload

from .._group_paging.sub_account import AsyncSubAccountPaging, SubAccountPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    Response,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.sub_account_api_ip_restriction import SubAccountApiIpRestriction
    from ..models.sub_account_api_ip_restriction_update import SubAccountApiIpRestrictionUpdate
    from ..models.sub_account_api_key_created import SubAccountApiKeyCreated
    from ..models.sub_account_api_key_list import SubAccountApiKeyList
    from ..models.sub_account_api_key_permissions import SubAccountApiKeyPermissions
    from ..models.sub_account_assets import SubAccountAssets
    from ..models.sub_account_assets_v3 import SubAccountAssetsV3
    from ..models.sub_account_created import SubAccountCreated
    from ..models.sub_account_deposit import SubAccountDeposit
    from ..models.sub_account_deposit_address import SubAccountDepositAddress
    from ..models.sub_account_empty_response import SubAccountEmptyResponse
    from ..models.sub_account_futures_account import SubAccountFuturesAccount
    from ..models.sub_account_futures_account_coin_m import SubAccountFuturesAccountCoinM
    from ..models.sub_account_futures_account_usd_m import SubAccountFuturesAccountUsdM
    from ..models.sub_account_futures_enabled import SubAccountFuturesEnabled
    from ..models.sub_account_futures_internal_transfer_result import SubAccountFuturesInternalTransferResult
    from ..models.sub_account_futures_position import SubAccountFuturesPosition
    from ..models.sub_account_futures_positions_coin_m import SubAccountFuturesPositionsCoinM
    from ..models.sub_account_futures_positions_usd_m import SubAccountFuturesPositionsUsdM
    from ..models.sub_account_futures_summary import SubAccountFuturesSummary
    from ..models.sub_account_futures_summary_coin_m import SubAccountFuturesSummaryCoinM
    from ..models.sub_account_futures_summary_usd_m import SubAccountFuturesSummaryUsdM
    from ..models.sub_account_futures_transfer_history import SubAccountFuturesTransferHistory
    from ..models.sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
    from ..models.sub_account_leveraged_tokens_enabled import SubAccountLeveragedTokensEnabled
    from ..models.sub_account_list import SubAccountList
    from ..models.sub_account_managed_account_type import SubAccountManagedAccountType
    from ..models.sub_account_managed_asset import SubAccountManagedAsset
    from ..models.sub_account_managed_futures_assets import SubAccountManagedFuturesAssets
    from ..models.sub_account_managed_futures_type import SubAccountManagedFuturesType
    from ..models.sub_account_managed_list import SubAccountManagedList
    from ..models.sub_account_managed_margin_assets import SubAccountManagedMarginAssets
    from ..models.sub_account_managed_margin_type import SubAccountManagedMarginType
    from ..models.sub_account_managed_snapshots import SubAccountManagedSnapshots
    from ..models.sub_account_managed_transfer_log import SubAccountManagedTransferLog
    from ..models.sub_account_margin_account import SubAccountMarginAccount
    from ..models.sub_account_margin_enabled import SubAccountMarginEnabled
    from ..models.sub_account_margin_summary import SubAccountMarginSummary
    from ..models.sub_account_move_position_history import SubAccountMovePositionHistory
    from ..models.sub_account_move_position_product_type import SubAccountMovePositionProductType
    from ..models.sub_account_move_position_result import SubAccountMovePositionResult
    from ..models.sub_account_options_enabled import SubAccountOptionsEnabled
    from ..models.sub_account_own_transfer import SubAccountOwnTransfer
    from ..models.sub_account_snapshot_type import SubAccountSnapshotType
    from ..models.sub_account_spot_summary import SubAccountSpotSummary
    from ..models.sub_account_spot_transfer import SubAccountSpotTransfer
    from ..models.sub_account_status import SubAccountStatus
    from ..models.sub_account_transaction_statistics import SubAccountTransactionStatistics
    from ..models.sub_account_transfer_direction import SubAccountTransferDirection
    from ..models.sub_account_transfer_id import SubAccountTransferId
    from ..models.sub_account_transfer_result import SubAccountTransferResult
    from ..models.sub_account_universal_account_type import SubAccountUniversalAccountType
    from ..models.sub_account_universal_transfer_history import SubAccountUniversalTransferHistory
    from ..models.sub_account_universal_transfer_result import SubAccountUniversalTransferResult


DecimalLike = str | int | float | Decimal


class SubAccount(SubAccountPaging):
    """`sub_account` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def create_sub_account_api_key(
        self,
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
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyCreated:
        """Create an API key for a sub-account.

        Makes a new API key for one of the master account's sub-accounts, with the chosen permissions
        (all off unless set) and IP restriction. The secret is only returned in this answer. Not for
        asset management sub-accounts; the caller must pass Binance's KYC IP check.

        POST /sapi/v1/sub-account/subAccountApi · security TRADE · weight 3000


        Args:
            email: Email of the sub-account. Required.
            api_name: Label of the new key. Required.
            status: IP restriction: `1` none, `2` trusted IPs only (then send `ip_address`), `3` third-party
                IP list (then send `third_party_name`). Required.
            can_trade: Allow spot and margin trading (default false).
            can_margin_loan_repay: Allow margin borrowing and repaying (default false).
            can_futures_trade: Allow futures trading (default false).
            can_universal_transfer: Allow universal transfers (default false).
            can_vanilla_options: Allow vanilla options trading (default false).
            ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
                `status` is `2`.
            third_party_name: Name of the third-party IP list; required when `status` is `3`.
            public_key: Ed25519 public key, to create an Ed25519 key instead of an HMAC one.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiKeyCreated
        """
        from ..api.sub_account import create_sub_account_api_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
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

    def create_sub_account_api_key_v2(
        self,
        email: str,
        api_name: str,
        status: Literal["1", "2", "3"],
        *,
        can_trade: bool | None = None,
        can_margin_loan_repay: bool | None = None,
        can_futures_trade: bool | None = None,
        can_universal_transfer: bool | None = None,
        can_vanilla_options: bool | None = None,
        can_fix_api_trading: bool | None = None,
        can_fix_api_reading: bool | None = None,
        ip_address: str | None = None,
        third_party_name: str | None = None,
        public_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyCreated:
        """Create an API key for a sub-account (v2).

        Makes a new API key for one of the master account's sub-accounts, like the v1 call, with two
        more permissions (FIX API trading and reading) and an optional RSA or Ed25519 public key. The
        fields travel in a form-encoded body; Binance refuses `public_key` in the query string. The
        secret is only returned in this answer. Not for asset management sub-accounts; the caller must
        pass Binance's KYC IP check.

        POST /sapi/v2/sub-account/subAccountApi · security TRADE · weight 3000


        Args:
            email: Email of the sub-account. Required.
            api_name: Label of the new key. Required.
            status: IP restriction: `1` none, `2` trusted IPs only (then send `ip_address`), `3` third-party
                IP list (then send `third_party_name`). Required.
            can_trade: Allow spot and margin trading (default false).
            can_margin_loan_repay: Allow margin borrowing and repaying (default false).
            can_futures_trade: Allow futures trading (default false).
            can_universal_transfer: Allow universal transfers (default false).
            can_vanilla_options: Allow vanilla options trading (default false).
            can_fix_api_trading: Allow trading over the FIX API (default false); only for keys made from an Ed25519
                `public_key`, other keys get error -9000.
            can_fix_api_reading: Allow reading over the FIX API (default false); only for keys made from an Ed25519
                `public_key`, other keys get error -9000.
            ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
                `status` is `2`.
            third_party_name: Name of the third-party IP list; required when `status` is `3`.
            public_key: RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one; accepted
                only in the body.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiKeyCreated
        """
        from ..api.sub_account import create_sub_account_api_key_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                api_name=api_name,
                status=status,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
                can_fix_api_trading=can_fix_api_trading,
                can_fix_api_reading=can_fix_api_reading,
                ip_address=ip_address,
                third_party_name=third_party_name,
                public_key=public_key,
            ),
            options,
        )

    def create_virtual_sub_account(
        self,
        sub_account_string: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountCreated:
        """Create a virtual sub-account.

        Creates a sub-account under the caller's master account, registered with a virtual email address
        that Binance builds from `sub_account_string`. The master account's API key needs trading
        enabled.

        POST /sapi/v1/sub-account/virtualSubAccount · security USER_DATA · weight 1


        Args:
            sub_account_string: Text Binance turns into the virtual email address of the new sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountCreated
        """
        from ..api.sub_account import create_virtual_sub_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                sub_account_string=sub_account_string,
            ),
            options,
        )

    def delete_sub_account_api_ip_list(
        self,
        email: str,
        sub_account_api_key: str,
        ip_address: str,
        *,
        third_party_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestriction:
        """Remove trusted IPs from a sub-account API key.

        Removes IP addresses from the trusted list of a sub-account's API key. The master account's API
        key needs spot and margin trading enabled.

        DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: The sub-account's API key. Required.
            ip_address: IP addresses to remove, separated by commas. Required.
            third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
                longer lists it.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiIpRestriction
        """
        from ..api.sub_account import delete_sub_account_api_ip_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            options,
        )

    def delete_sub_account_api_key(
        self,
        email: str,
        sub_account_api_key: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountEmptyResponse:
        """Delete an API key of a sub-account.

        Removes one API key from a sub-account of the master account. Not for asset management sub-
        accounts; the caller must pass Binance's KYC IP check.

        DELETE /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: The API key to delete. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountEmptyResponse
        """
        from ..api.sub_account import delete_sub_account_api_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            options,
        )

    def deposit_to_managed_sub_account(
        self,
        to_email: str,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferId:
        """Deposit into a managed sub-account.

        Called by the investor's master account: moves an asset from its spot account into one of its
        managed sub-accounts.

        POST /sapi/v1/managed-subaccount/deposit · security USER_DATA · weight 1


        Args:
            to_email: Email of the managed sub-account. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferId
        """
        from ..api.sub_account import deposit_to_managed_sub_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def enable_sub_account_futures(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesEnabled:
        """Enable futures for a sub-account.

        Opens the futures account of a sub-account of the caller's master account.

        POST /sapi/v1/sub-account/futures/enable · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesEnabled
        """
        from ..api.sub_account import enable_sub_account_futures as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def enable_sub_account_leveraged_tokens(
        self,
        email: str,
        enable_blvt: bool,
        **options: Unpack[CallOptions],
    ) -> SubAccountLeveragedTokensEnabled:
        """Enable leveraged tokens for a sub-account.

        Enabled leveraged tokens (BLVT) for a sub-account. Retired by Binance.

        POST /sapi/v1/sub-account/blvt/enable · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            email: Email of the sub-account. Required.
            enable_blvt: Must be `true`; it is the only accepted value. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountLeveragedTokensEnabled
        """
        from ..api.sub_account import enable_sub_account_leveraged_tokens as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                enable_blvt=enable_blvt,
            ),
            options,
        )

    def enable_sub_account_margin(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginEnabled:
        """Enable margin for a sub-account.

        Opened the margin account of a sub-account. Retired: a sub-account's margin account is now
        opened by its first transfer into margin.

        POST /sapi/v1/sub-account/margin/enable · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountMarginEnabled
        """
        from ..api.sub_account import enable_sub_account_margin as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def enable_sub_account_options(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountOptionsEnabled:
        """Enable options for a sub-account.

        Opens the options account of a sub-account of the caller's master account.

        POST /sapi/v1/sub-account/eoptions/enable · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountOptionsEnabled
        """
        from ..api.sub_account import enable_sub_account_options as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def managed_sub_account_assets(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountManagedAsset]:
        """Assets of a managed sub-account.

        Called by the investor's master account: lists the assets of one of its managed sub-accounts
        with BTC values.

        GET /sapi/v1/managed-subaccount/asset · security USER_DATA · weight 1


        Args:
            email: Email of the managed sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountManagedAsset]
        """
        from ..api.sub_account import managed_sub_account_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def managed_sub_account_deposit_address(
        self,
        email: str,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountDepositAddress:
        """Deposit address of a managed sub-account.

        Called by the investor's master account: returns the deposit address of one of its managed sub-
        accounts for a coin on a network (the coin's default network when `network` is omitted).

        GET /sapi/v1/managed-subaccount/deposit/address · security USER_DATA · weight 1


        Args:
            email: Email of the managed sub-account. Required.
            coin: Coin to deposit. Required.
            network: Network to deposit on (see the wallet's deposit address endpoint); the coin's default
                network when omitted.
            amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountDepositAddress
        """
        from ..api.sub_account import managed_sub_account_deposit_address as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    def managed_sub_account_futures_assets(
        self,
        email: str,
        *,
        account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedFuturesAssets:
        """Futures assets of a managed sub-account.

        Called by the investor's master account: returns the futures balances and positions of one of
        its managed sub-accounts, USDⓈ-M by default or COIN-M with `accountType=COIN_FUTURE`.

        GET /sapi/v1/managed-subaccount/fetch-future-asset · security USER_DATA · weight 60


        Args:
            email: Email of the managed sub-account. Required.
            account_type: `USDT_FUTURE` (the default) or `COIN_FUTURE`; added 2024-11-22.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedFuturesAssets
        """
        from ..api.sub_account import managed_sub_account_futures_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                account_type=account_type,
            ),
            options,
        )

    def managed_sub_account_list(
        self,
        *,
        email: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedList:
        """List managed sub-accounts (investor).

        Called by the investor's master account: lists its managed sub-accounts, optionally only one
        email, one page at a time.

        GET /sapi/v1/managed-subaccount/info · security USER_DATA · weight 60


        Args:
            email: Only the managed sub-account with this email.
            page: Page number, starting at 1 (default 1).
            limit: Sub-accounts per page (default 20, at most 20).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedList
        """
        from ..api.sub_account import managed_sub_account_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                page=page,
                limit=limit,
            ),
            options,
        )

    def managed_sub_account_margin_assets(
        self,
        email: str,
        *,
        account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedMarginAssets:
        """Margin assets of a managed sub-account.

        Called by the investor's master account: returns the cross margin account (default) or, with
        `accountType=ISOLATED_MARGIN`, the isolated margin account of one of its managed sub-accounts.

        GET /sapi/v1/managed-subaccount/marginAsset · security USER_DATA · weight 1


        Args:
            email: Email of the managed sub-account. Required.
            account_type: `MARGIN` (cross, the default) or `ISOLATED_MARGIN`; added 2024-11-22.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedMarginAssets
        """
        from ..api.sub_account import managed_sub_account_margin_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                account_type=account_type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def managed_sub_account_snapshot(
        self,
        email: str,
        type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedSnapshots:
        """Daily snapshots of a managed sub-account.

        Called by the investor's master account: returns daily snapshots of a managed sub-account's
        spot, cross margin or USDⓈ-M futures account. Only the last month can be queried, over at most
        30 days; without a time range, the last 7 days. The fields of `data` depend on `type`.

        GET /sapi/v1/managed-subaccount/accountSnapshot · security USER_DATA · weight 2400


        Args:
            email: Email of the managed sub-account. Required.
            type: Account to report. Required.
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            limit: Number of daily snapshots (default 7, from 7 to 30).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedSnapshots
        """
        from ..api.sub_account import managed_sub_account_snapshot as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def managed_sub_account_transfer_log(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of the calling managed sub-account.

        Called with the API key of a managed sub-account of a trading team: lists its own transfers,
        filtered by direction and wallet.

        GET /sapi/v1/managed-subaccount/query-trans-log · security USER_DATA · weight 60


        Args:
            start_time: Start of the period, UTC milliseconds. Required.
            end_time: End of the period, UTC milliseconds; at most half a year after `start_time`. Required.
            page: Page number, starting at 1. Required.
            limit: Transfers per page, at most 500. Required.
            transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
            transfer_function_account_type: Only transfers of this wallet.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedTransferLog
        """
        from ..api.sub_account import managed_sub_account_transfer_log as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    def managed_sub_account_transfer_log_for_investor(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of a managed sub-account (investor).

        Called by the investor's master account: lists the transfers of one of its managed sub-accounts,
        filtered by direction and wallet.

        GET /sapi/v1/managed-subaccount/queryTransLogForInvestor · security USER_DATA · weight 60


        Args:
            email: Email of the managed sub-account. Required.
            start_time: Start of the period, UTC milliseconds. Required.
            end_time: End of the period, UTC milliseconds; at most half a year after `start_time`. Required.
            page: Page number, starting at 1. Required.
            limit: Transfers per page, at most 500. Required.
            transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
            transfer_function_account_type: Only transfers of this wallet.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedTransferLog
        """
        from ..api.sub_account import managed_sub_account_transfer_log_for_investor as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    def managed_sub_account_transfer_log_for_trading_team(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of a managed sub-account (trading team).

        Called by the trading team's master account: lists the transfers of a managed sub-account it
        trades for, filtered by direction and wallet.

        GET /sapi/v1/managed-subaccount/queryTransLogForTradeParent · security USER_DATA · weight 60


        Args:
            email: Email of the managed sub-account. Required.
            start_time: Start of the period, UTC milliseconds. Required.
            end_time: End of the period, UTC milliseconds; at most half a year after `start_time`. Required.
            page: Page number, starting at 1. Required.
            limit: Transfers per page, at most 500. Required.
            transfers: Only transfers out of (`FROM`) or into (`TO`) the managed sub-account.
            transfer_function_account_type: Only transfers of this wallet.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountManagedTransferLog
        """
        from ..api.sub_account import managed_sub_account_transfer_log_for_trading_team as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    def move_sub_account_futures_position(
        self,
        from_user_email: str,
        to_user_email: str,
        product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
        order_args: Sequence[Mapping[str, object]],
        **options: Unpack[CallOptions],
    ) -> SubAccountMovePositionResult:
        """Move futures positions between accounts.

        Lets a master account shift open futures positions, at the mark price, from one of its accounts
        to another (master to sub-account, sub-account to master, or between two sub-accounts). Up to 10
        positions move in one call, all of the same product type; if any symbol's total quantity exceeds
        what the source account holds, the whole batch fails. Only for VIP 7-9 masters whose API key has
        trading enabled, only in cross margin mode, with the source account holding the positions; not
        available to managed sub-accounts or for symbols under a reduce-only setting.

        POST /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


        Args:
            from_user_email: Email of the account the positions leave. Required.
            to_user_email: Email of the account that receives the positions. Required.
            product_type: `UM` (USDⓈ-M futures) or `OPTION`; one call cannot mix the two. Required.
            order_args: The positions to move, at most 10. Binance reads them as indexed fields
                (`orderArgs[0].symbol=BTCUSDT`, `orderArgs[0].quantity=0.001`,
                `orderArgs[0].positionSide=BOTH`, then `orderArgs[1].symbol` and so on), not as one JSON
                value. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountMovePositionResult
        """
        from ..api.sub_account import move_sub_account_futures_position as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_user_email=from_user_email,
                to_user_email=to_user_email,
                product_type=product_type,
                order_args=order_args,
            ),
            options,
        )

    def sub_account_api_ip_restriction(
        self,
        email: str,
        sub_account_api_key: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestriction:
        """IP restriction of a sub-account API key.

        Tells whether an API key of a sub-account is restricted to trusted IP addresses, and which.

        GET /sapi/v1/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: The sub-account's API key. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiIpRestriction
        """
        from ..api.sub_account import sub_account_api_ip_restriction as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            options,
        )

    def sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyList:
        """API keys of a sub-account.

        Lists the API keys of one sub-account with their labels and permissions, one page at a time, or
        only the key given in `sub_account_api_key`.

        GET /sapi/v1/sub-account/subAccountApi · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: Only this API key (exact match).
            page: Page number, starting at 1 (default 1).
            size: Keys per page (default 30, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiKeyList
        """
        from ..api.sub_account import sub_account_api_keys as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                page=page,
                size=size,
            ),
            options,
        )

    def sub_account_assets(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountAssets:
        """Spot balances of a sub-account.

        Lists the spot balances of a sub-account, amounts as decimal strings.

        GET /sapi/v4/sub-account/assets · security USER_DATA · weight 60


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountAssets
        """
        from ..api.sub_account import sub_account_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def sub_account_assets_v3(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountAssetsV3:
        """Spot balances of a sub-account (V3).

        Lists the spot balances of a sub-account. Binance sends the amounts as JSON numbers here; the V4
        endpoint sends decimal strings.

        GET /sapi/v3/sub-account/assets · security USER_DATA · weight 60


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountAssetsV3
        """
        from ..api.sub_account import sub_account_assets_v3 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def sub_account_deposit_address(
        self,
        email: str,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountDepositAddress:
        """Deposit address of a sub-account.

        Returns the deposit address of a sub-account for a coin on a network (the coin's default network
        when `network` is omitted).

        GET /sapi/v1/capital/deposit/subAddress · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            coin: Coin to deposit. Required.
            network: Network to deposit on; the coin's default network when omitted.
            amount: Amount to deposit; needed for the LIGHTNING network (current documentation).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountDepositAddress
        """
        from ..api.sub_account import sub_account_deposit_address as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    def sub_account_deposit_history(
        self,
        email: str,
        *,
        coin: str | None = None,
        status: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        offset: int | None = None,
        tx_id: str | None = None,
        include_source: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountDeposit]:
        """Deposit history of a sub-account.

        Lists the deposits of a sub-account, filtered by coin, status, time and transaction id.

        GET /sapi/v1/capital/deposit/subHisrec · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            coin: Only deposits of this coin.
            status: Only deposits in this state: `0` pending, `6` credited but not yet withdrawable, `7`
                wrong deposit, `8` waiting for user confirmation, `1` success.
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            limit: Most deposits to return.
            offset: Number of deposits to skip (default 0).
            tx_id: Only the deposit with this transaction id (current documentation).
            include_source: Also return each deposit's `sourceAddress` (default false; added 2026-06-04).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountDeposit]
        """
        from ..api.sub_account import sub_account_deposit_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=offset,
                tx_id=tx_id,
                include_source=include_source,
            ),
            options,
        )

    def sub_account_futures_account(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccount:
        """USDⓈ-M futures account of a sub-account.

        Returns a sub-account's USDⓈ-M futures account: permissions, fee tier, margin totals and per-
        asset balances. The V2 endpoint also covers COIN-M futures.

        GET /sapi/v1/sub-account/futures/account · security USER_DATA · weight 10


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesAccount
        """
        from ..api.sub_account import sub_account_futures_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountUsdM: ...
    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM: ...
    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM: ...

    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
        """Futures account of a sub-account (USDⓈ-M or COIN-M).

        Returns a sub-account's USDⓈ-M (`futuresType=1`, under `futureAccountResp`) or COIN-M
        (`futuresType=2`, under `deliveryAccountResp`) futures account. The COIN-M example is assembled
        from Binance's field examples.

        GET /sapi/v2/sub-account/futures/account · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM
        """
        from ..api.sub_account import sub_account_futures_account_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
            ),
            options,
        )

    def sub_account_futures_position_risk(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountFuturesPosition]:
        """USDⓈ-M futures positions of a sub-account.

        Lists the open USDⓈ-M futures positions of a sub-account with their prices, leverage and
        unrealized profit. The V2 endpoint also covers COIN-M futures.

        GET /sapi/v1/sub-account/futures/positionRisk · security USER_DATA · weight 10


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountFuturesPosition]
        """
        from ..api.sub_account import sub_account_futures_position_risk as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsUsdM: ...
    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM: ...
    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM: ...

    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
        """Futures positions of a sub-account (USDⓈ-M or COIN-M).

        Lists the open positions of a sub-account's USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`)
        futures account. The answer holds `futurePositionRiskVos` for USDⓈ-M and
        `deliveryPositionRiskVos` for COIN-M.

        GET /sapi/v2/sub-account/futures/positionRisk · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM
        """
        from ..api.sub_account import sub_account_futures_position_risk_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
            ),
            options,
        )

    def sub_account_futures_summary(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummary:
        """USDⓈ-M futures accounts of all sub-accounts, summarized.

        Returns margin totals of the USDⓈ-M futures accounts of all sub-accounts, overall and per sub-
        account. The V2 endpoint also covers COIN-M futures.

        GET /sapi/v1/sub-account/futures/accountSummary · security USER_DATA · weight 1


        Args:
            page: Page of sub-accounts, starting at 1 (default 1).
            limit: Sub-accounts per page (default 10, at most 20).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesSummary
        """
        from ..api.sub_account import sub_account_futures_summary as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                page=page,
                limit=limit,
            ),
            options,
        )

    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[1],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryUsdM: ...
    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[2],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM: ...
    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM: ...

    def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
        """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M).

        Returns margin totals of the USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`) futures
        accounts of the sub-accounts, overall and per sub-account, one page at a time. The COIN-M
        example is assembled from Binance's field examples.

        GET /sapi/v2/sub-account/futures/accountSummary · security USER_DATA · weight 10


        Args:
            futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
            page: Page number, starting at 1 (default 1).
            limit: Sub-accounts per page (default 10, at most 20).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM
        """
        from ..api.sub_account import sub_account_futures_summary_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                futures_type=futures_type,
                page=page,
                limit=limit,
            ),
            options,
        )

    def sub_account_futures_transfer_history(
        self,
        email: str,
        futures_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesTransferHistory:
        """Futures transfer history of a sub-account.

        Lists transfers between the futures accounts (USDⓈ-M or COIN-M) of the master's accounts that
        involve one sub-account. Only the last month can be queried.

        GET /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
            start_time: Earliest time to include, UTC milliseconds; no earlier than one month ago.
            end_time: Latest time to include, UTC milliseconds.
            page: Page number, starting at 1 (default 1).
            limit: Transfers per page (default 50, at most 500).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesTransferHistory
        """
        from ..api.sub_account import sub_account_futures_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    def sub_account_list(
        self,
        *,
        email: str | None = None,
        is_freeze: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountList:
        """List sub-accounts.

        Lists the sub-accounts of the caller's master account, optionally only one email or only
        frozen/unfrozen ones, one page at a time.

        GET /sapi/v1/sub-account/list · security USER_DATA · weight 1


        Args:
            email: Only the sub-account with this email.
            is_freeze: Only frozen (`true`) or only unfrozen (`false`) sub-accounts; sent as `true`/`false`.
            page: Page number, starting at 1 (default 1).
            limit: Sub-accounts per page (default 1, at most 200).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountList
        """
        from ..api.sub_account import sub_account_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                is_freeze=is_freeze,
                page=page,
                limit=limit,
            ),
            options,
        )

    def sub_account_margin_account(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginAccount:
        """Margin account of a sub-account.

        Returns a sub-account's cross margin account: margin level, BTC-valued totals, the margin
        thresholds and the balance of each asset.

        GET /sapi/v1/sub-account/margin/account · security USER_DATA · weight 10


        Args:
            email: Email of the sub-account. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountMarginAccount
        """
        from ..api.sub_account import sub_account_margin_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def sub_account_margin_summary(
        self,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginSummary:
        """Margin accounts of all sub-accounts, summarized.

        Returns BTC-valued totals of the cross margin accounts of all sub-accounts, overall and per sub-
        account.

        GET /sapi/v1/sub-account/margin/accountSummary · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountMarginSummary
        """
        from ..api.sub_account import sub_account_margin_summary as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def sub_account_move_position_history(
        self,
        symbol: str,
        page: int,
        row: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountMovePositionHistory:
        """History of futures positions moved between accounts.

        Lists USDⓈ-M futures positions the master account moved between itself and its sub-accounts, for
        one symbol. Without a time range, the last 90 days (at most 1000 records); with only
        `start_time`, from max(startTime, now − 90 days) to now; with only `end_time`, the 90 days
        before it.

        GET /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


        Args:
            symbol: Futures symbol. Required.
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            page: Page number, starting at 1. Required.
            row: Records per page. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountMovePositionHistory
        """
        from ..api.sub_account import sub_account_move_position_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                page=page,
                row=row,
            ),
            options,
        )

    def sub_account_spot_summary(
        self,
        *,
        email: str | None = None,
        page: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountSpotSummary:
        """BTC value of sub-accounts' spot assets.

        Returns the total spot assets of the master account and of each sub-account, valued in BTC, one
        page of sub-accounts at a time.

        GET /sapi/v1/sub-account/spotSummary · security USER_DATA · weight 1


        Args:
            email: Only this sub-account.
            page: Page number, starting at 1 (default 1).
            size: Sub-accounts per page (default 10, at most 20).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountSpotSummary
        """
        from ..api.sub_account import sub_account_spot_summary as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                page=page,
                size=size,
            ),
            options,
        )

    def sub_account_spot_transfer_history(
        self,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountSpotTransfer]:
        """Spot transfer history between master and sub-accounts.

        Lists spot transfers from or to sub-accounts, as seen by the master account. Send `from_email`
        or `to_email`, not both; with neither, the transfers sent by the master account are listed.

        GET /sapi/v1/sub-account/sub/transfer/history · security USER_DATA · weight 1


        Args:
            from_email: Only transfers sent by this account.
            to_email: Only transfers received by this account.
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            page: Page number, starting at 1 (default 1).
            limit: Transfers per page (default 500 in the current documentation; the 2024 file said 1).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountSpotTransfer]
        """
        from ..api.sub_account import sub_account_spot_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    def sub_account_status(
        self,
        *,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountStatus]:
        """Margin and futures status of sub-accounts.

        Tells, for one sub-account or (without `email`) for all of them, whether it is enabled and
        active and whether its margin and futures accounts are enabled.

        GET /sapi/v1/sub-account/status · security USER_DATA · weight 10


        Args:
            email: Only this sub-account; all sub-accounts when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountStatus]
        """
        from ..api.sub_account import sub_account_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    def sub_account_transaction_statistics(
        self,
        *,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransactionStatistics:
        """Trading volume statistics of a sub-account.

        Returns the last 30 days of trading volume of a sub-account (spot, futures and margin, valued in
        BTC and in BUSD), with daily figures. Without `email` it reports the master account itself
        (current documentation).

        GET /sapi/v1/sub-account/transaction-statistics · security USER_DATA · weight 60


        Args:
            email: The sub-account to report; the master account when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransactionStatistics
        """
        from ..api.sub_account import sub_account_transaction_statistics as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def sub_account_transfer_history(
        self,
        *,
        asset: str | None = None,
        type: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        return_fail_history: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountOwnTransfer]:
        """Transfer history of the calling sub-account.

        Called with a sub-account's API key: lists its transfers with the master account and other sub-
        accounts. Without `type` only outgoing transfers are listed; without a time range, the last 30
        days.

        GET /sapi/v1/sub-account/transfer/subUserHistory · security USER_DATA · weight 1


        Args:
            asset: Only transfers of this asset; all assets when omitted.
            type: `1` incoming transfers, `2` outgoing transfers (the default).
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            limit: Most transfers to return (default 500).
            return_fail_history: Also list failed transfers (default false: only `PROCESS` and `SUCCESS` ones). Current
                documentation.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SubAccountOwnTransfer]
        """
        from ..api.sub_account import sub_account_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                return_fail_history=return_fail_history,
            ),
            options,
        )

    def sub_account_universal_transfer(
        self,
        from_account_type: SubAccountUniversalAccountType
        | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
        to_account_type: SubAccountUniversalAccountType
        | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
        asset: str,
        amount: DecimalLike,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        client_tran_id: str | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountUniversalTransferResult:
        """Universal transfer between master and sub-accounts.

        Moves an asset between wallets of the master account and its sub-accounts. Without `from_email`
        the asset leaves the master account, without `to_email` it goes to the master account; at least
        one of the two must be sent. Supported: spot, USDⓈ-M and COIN-M futures wallets to and from each
        other (master or sub-account); master spot to a sub-account's cross or isolated margin and back;
        cross margin between sub-accounts; Alpha to Alpha. The master API key needs internal transfers
        enabled.

        POST /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


        Args:
            from_email: Sending sub-account; the master account when omitted.
            to_email: Receiving sub-account; the master account when omitted.
            from_account_type: Wallet the asset leaves. Required.
            to_account_type: Wallet the asset enters. Required.
            client_tran_id: Your own id for the transfer; must not repeat.
            symbol: Isolated margin pair; only with `ISOLATED_MARGIN`.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountUniversalTransferResult
        """
        from ..api.sub_account import sub_account_universal_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                from_account_type=from_account_type,
                to_account_type=to_account_type,
                client_tran_id=client_tran_id,
                symbol=symbol,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def sub_account_universal_transfer_history(
        self,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        client_tran_id: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountUniversalTransferHistory:
        """Universal transfer history.

        Lists universal transfers between the master account and its sub-accounts. Send `from_email` or
        `to_email`, not both; with neither, transfers sent by the master account are listed. The period
        may span at most 7 days and defaults to the last 7 days (current documentation; the 2024 file
        said 30).

        GET /sapi/v1/sub-account/universalTransfer · security USER_DATA · weight 1


        Args:
            from_email: Only transfers sent by this sub-account.
            to_email: Only transfers received by this sub-account.
            client_tran_id: Only the transfer with this client id.
            start_time: Earliest time to include, UTC milliseconds.
            end_time: Latest time to include, UTC milliseconds.
            page: Page number, starting at 1 (default 1).
            limit: Transfers per page (default 500, at most 500).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountUniversalTransferHistory
        """
        from ..api.sub_account import sub_account_universal_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                client_tran_id=client_tran_id,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    def transfer_sub_account_futures(
        self,
        from_email: str,
        to_email: str,
        futures_type: int,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesInternalTransferResult:
        """Transfer between futures accounts of master and sub-accounts.

        Moves an asset from the USDⓈ-M or COIN-M futures account of one account to the same kind of
        futures account of another account under the same master. The sending futures wallet needs
        enough margin balance; a master account may make at most 2000 such transfers a minute.

        POST /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


        Args:
            from_email: Email of the sending account. Required.
            to_email: Email of the receiving account. Required.
            futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountFuturesInternalTransferResult
        """
        from ..api.sub_account import transfer_sub_account_futures as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                futures_type=futures_type,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def transfer_sub_account_spot_futures(
        self,
        email: str,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Move a sub-account's asset between spot and futures.

        Moves an asset between a sub-account's spot account and its USDⓈ-M or COIN-M futures account;
        `type` picks the direction. The master account's API key needs spot and margin trading enabled.

        POST /sapi/v1/sub-account/futures/transfer · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            type: Direction: `1` spot → USDⓈ-M futures, `2` USDⓈ-M futures → spot, `3` spot → COIN-M
                futures, `4` COIN-M futures → spot. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferResult
        """
        from ..api.sub_account import transfer_sub_account_spot_futures as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def transfer_sub_account_spot_margin(
        self,
        email: str,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Move a sub-account's asset between spot and margin.

        Moves an asset between a sub-account's spot account and its cross margin account; `type` picks
        the direction.

        POST /sapi/v1/sub-account/margin/transfer · security USER_DATA · weight 1


        Args:
            email: Email of the sub-account. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            type: Direction: `1` spot → margin, `2` margin → spot. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferResult
        """
        from ..api.sub_account import transfer_sub_account_spot_margin as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )

    def transfer_to_master(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Send an asset to the master account (from a sub-account).

        Called with a sub-account's API key: moves an asset from its spot account to the master
        account's spot account.

        POST /sapi/v1/sub-account/transfer/subToMaster · security USER_DATA · weight 1


        Args:
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferResult
        """
        from ..api.sub_account import transfer_to_master as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def transfer_to_sub_account(
        self,
        to_email: str,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Send an asset to another sub-account (from a sub-account).

        Called with a sub-account's API key: moves an asset from its spot account to the spot account of
        another sub-account of the same master.

        POST /sapi/v1/sub-account/transfer/subToSub · security USER_DATA · weight 1


        Args:
            to_email: Email of the receiving sub-account. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferResult
        """
        from ..api.sub_account import transfer_to_sub_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def update_sub_account_api_ip_restriction(
        self,
        email: str,
        sub_account_api_key: str,
        status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
        *,
        ip_address: str | None = None,
        third_party_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestrictionUpdate:
        """Set the IP restriction of a sub-account API key.

        Turns the IP restriction of a sub-account's API key on or off and can add trusted IP addresses.
        The master account's API key needs spot and margin trading enabled.

        POST /sapi/v2/sub-account/subAccountApi/ipRestriction · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: The sub-account's API key. Required.
            status: `1` no restriction, `2` trusted IPs only; `3` (third-party IP lists) appears only in the
                2024 file. Required.
            ip_address: IP addresses to trust, separated by commas (current documentation).
            third_party_name: Name of a third-party IP list. In Binance's 2024 file only; the current documentation no
                longer lists it.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiIpRestrictionUpdate
        """
        from ..api.sub_account import update_sub_account_api_ip_restriction as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                status=status,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            options,
        )

    def update_sub_account_api_key_permission(
        self,
        email: str,
        sub_account_api_key: str,
        *,
        can_trade: bool | None = None,
        can_margin_loan_repay: bool | None = None,
        can_futures_trade: bool | None = None,
        can_universal_transfer: bool | None = None,
        can_vanilla_options: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyPermissions:
        """Change the permissions of a sub-account API key.

        Turns the trading, margin borrow/repay, futures, universal transfer and vanilla options
        permissions of a sub-account's API key on or off; permissions not sent stay as they are. Not for
        Portfolio Margin retail users or asset management sub-accounts; the caller must pass Binance's
        KYC IP check.

        POST /sapi/v1/sub-account/subAccountApiPermission · security USER_DATA · weight 3000


        Args:
            email: Email of the sub-account. Required.
            sub_account_api_key: The sub-account's API key. Required.
            can_trade: Spot and margin trading.
            can_margin_loan_repay: Margin borrowing and repaying.
            can_futures_trade: Futures trading.
            can_universal_transfer: Universal transfers.
            can_vanilla_options: Vanilla options trading.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountApiKeyPermissions
        """
        from ..api.sub_account import update_sub_account_api_key_permission as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
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

    def withdraw_from_managed_sub_account(
        self,
        from_email: str,
        asset: str,
        amount: DecimalLike,
        *,
        transfer_date: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferId:
        """Withdraw from a managed sub-account.

        Called by the investor's master account: moves an asset from one of its managed sub-accounts
        back to its spot account, now or on a chosen date.

        POST /sapi/v1/managed-subaccount/withdraw · security USER_DATA · weight 1


        Args:
            from_email: Email of the managed sub-account. Required.
            asset: Asset to move, e.g. `USDT`. Required.
            amount: Amount of the asset to move. Required.
            transfer_date: When to carry out the withdrawal, UTC milliseconds (the day, UTC); right away when
                omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SubAccountTransferId
        """
        from ..api.sub_account import withdraw_from_managed_sub_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                asset=asset,
                amount=amount,
                transfer_date=transfer_date,
            ),
            options,
        )


class AsyncSubAccount(AsyncSubAccountPaging):
    """`sub_account` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def create_sub_account_api_key(
        self,
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
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyCreated:
        """Create an API key for a sub-account (the coroutine of `Spot.sub_account.create_sub_account_api_key`, which describes it)."""
        from ..api.sub_account import create_sub_account_api_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
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

    async def create_sub_account_api_key_v2(
        self,
        email: str,
        api_name: str,
        status: Literal["1", "2", "3"],
        *,
        can_trade: bool | None = None,
        can_margin_loan_repay: bool | None = None,
        can_futures_trade: bool | None = None,
        can_universal_transfer: bool | None = None,
        can_vanilla_options: bool | None = None,
        can_fix_api_trading: bool | None = None,
        can_fix_api_reading: bool | None = None,
        ip_address: str | None = None,
        third_party_name: str | None = None,
        public_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyCreated:
        """Create an API key for a sub-account (v2) (the coroutine of `Spot.sub_account.create_sub_account_api_key_v2`, which describes it)."""
        from ..api.sub_account import create_sub_account_api_key_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                api_name=api_name,
                status=status,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
                can_fix_api_trading=can_fix_api_trading,
                can_fix_api_reading=can_fix_api_reading,
                ip_address=ip_address,
                third_party_name=third_party_name,
                public_key=public_key,
            ),
            options,
        )

    async def create_virtual_sub_account(
        self,
        sub_account_string: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountCreated:
        """Create a virtual sub-account (the coroutine of `Spot.sub_account.create_virtual_sub_account`, which describes it)."""
        from ..api.sub_account import create_virtual_sub_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                sub_account_string=sub_account_string,
            ),
            options,
        )

    async def delete_sub_account_api_ip_list(
        self,
        email: str,
        sub_account_api_key: str,
        ip_address: str,
        *,
        third_party_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestriction:
        """Remove trusted IPs from a sub-account API key (the coroutine of `Spot.sub_account.delete_sub_account_api_ip_list`, which describes it)."""
        from ..api.sub_account import delete_sub_account_api_ip_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            options,
        )

    async def delete_sub_account_api_key(
        self,
        email: str,
        sub_account_api_key: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountEmptyResponse:
        """Delete an API key of a sub-account (the coroutine of `Spot.sub_account.delete_sub_account_api_key`, which describes it)."""
        from ..api.sub_account import delete_sub_account_api_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            options,
        )

    async def deposit_to_managed_sub_account(
        self,
        to_email: str,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferId:
        """Deposit into a managed sub-account (the coroutine of `Spot.sub_account.deposit_to_managed_sub_account`, which describes it)."""
        from ..api.sub_account import deposit_to_managed_sub_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def enable_sub_account_futures(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesEnabled:
        """Enable futures for a sub-account (the coroutine of `Spot.sub_account.enable_sub_account_futures`, which describes it)."""
        from ..api.sub_account import enable_sub_account_futures as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def enable_sub_account_leveraged_tokens(
        self,
        email: str,
        enable_blvt: bool,
        **options: Unpack[CallOptions],
    ) -> SubAccountLeveragedTokensEnabled:
        """Enable leveraged tokens for a sub-account (the coroutine of `Spot.sub_account.enable_sub_account_leveraged_tokens`, which describes it)."""
        from ..api.sub_account import enable_sub_account_leveraged_tokens as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                enable_blvt=enable_blvt,
            ),
            options,
        )

    async def enable_sub_account_margin(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginEnabled:
        """Enable margin for a sub-account (the coroutine of `Spot.sub_account.enable_sub_account_margin`, which describes it)."""
        from ..api.sub_account import enable_sub_account_margin as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def enable_sub_account_options(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountOptionsEnabled:
        """Enable options for a sub-account (the coroutine of `Spot.sub_account.enable_sub_account_options`, which describes it)."""
        from ..api.sub_account import enable_sub_account_options as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def managed_sub_account_assets(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountManagedAsset]:
        """Assets of a managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_assets`, which describes it)."""
        from ..api.sub_account import managed_sub_account_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def managed_sub_account_deposit_address(
        self,
        email: str,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountDepositAddress:
        """Deposit address of a managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_deposit_address`, which describes it)."""
        from ..api.sub_account import managed_sub_account_deposit_address as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    async def managed_sub_account_futures_assets(
        self,
        email: str,
        *,
        account_type: SubAccountManagedFuturesType | Literal["USDT_FUTURE", "COIN_FUTURE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedFuturesAssets:
        """Futures assets of a managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_futures_assets`, which describes it)."""
        from ..api.sub_account import managed_sub_account_futures_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                account_type=account_type,
            ),
            options,
        )

    async def managed_sub_account_list(
        self,
        *,
        email: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedList:
        """List managed sub-accounts (investor) (the coroutine of `Spot.sub_account.managed_sub_account_list`, which describes it)."""
        from ..api.sub_account import managed_sub_account_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def managed_sub_account_margin_assets(
        self,
        email: str,
        *,
        account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedMarginAssets:
        """Margin assets of a managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_margin_assets`, which describes it)."""
        from ..api.sub_account import managed_sub_account_margin_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                account_type=account_type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def managed_sub_account_snapshot(
        self,
        email: str,
        type: SubAccountSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedSnapshots:
        """Daily snapshots of a managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_snapshot`, which describes it)."""
        from ..api.sub_account import managed_sub_account_snapshot as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def managed_sub_account_transfer_log(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of the calling managed sub-account (the coroutine of `Spot.sub_account.managed_sub_account_transfer_log`, which describes it)."""
        from ..api.sub_account import managed_sub_account_transfer_log as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    async def managed_sub_account_transfer_log_for_investor(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of a managed sub-account (investor) (the coroutine of `Spot.sub_account.managed_sub_account_transfer_log_for_investor`, which describes it)."""
        from ..api.sub_account import managed_sub_account_transfer_log_for_investor as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    async def managed_sub_account_transfer_log_for_trading_team(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        page: int,
        limit: int,
        *,
        transfers: SubAccountTransferDirection | Literal["FROM", "TO"] | None = None,
        transfer_function_account_type: SubAccountManagedAccountType
        | Literal["SPOT", "MARGIN", "ISOLATED_MARGIN", "USDT_FUTURE", "COIN_FUTURE"]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountManagedTransferLog:
        """Transfer log of a managed sub-account (trading team) (the coroutine of `Spot.sub_account.managed_sub_account_transfer_log_for_trading_team`, which describes it)."""
        from ..api.sub_account import managed_sub_account_transfer_log_for_trading_team as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
                transfers=transfers,
                transfer_function_account_type=transfer_function_account_type,
            ),
            options,
        )

    async def move_sub_account_futures_position(
        self,
        from_user_email: str,
        to_user_email: str,
        product_type: SubAccountMovePositionProductType | Literal["UM", "OPTION"],
        order_args: Sequence[Mapping[str, object]],
        **options: Unpack[CallOptions],
    ) -> SubAccountMovePositionResult:
        """Move futures positions between accounts (the coroutine of `Spot.sub_account.move_sub_account_futures_position`, which describes it)."""
        from ..api.sub_account import move_sub_account_futures_position as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_user_email=from_user_email,
                to_user_email=to_user_email,
                product_type=product_type,
                order_args=order_args,
            ),
            options,
        )

    async def sub_account_api_ip_restriction(
        self,
        email: str,
        sub_account_api_key: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestriction:
        """IP restriction of a sub-account API key (the coroutine of `Spot.sub_account.sub_account_api_ip_restriction`, which describes it)."""
        from ..api.sub_account import sub_account_api_ip_restriction as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
            ),
            options,
        )

    async def sub_account_api_keys(
        self,
        email: str,
        *,
        sub_account_api_key: str | None = None,
        page: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyList:
        """API keys of a sub-account (the coroutine of `Spot.sub_account.sub_account_api_keys`, which describes it)."""
        from ..api.sub_account import sub_account_api_keys as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                page=page,
                size=size,
            ),
            options,
        )

    async def sub_account_assets(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountAssets:
        """Spot balances of a sub-account (the coroutine of `Spot.sub_account.sub_account_assets`, which describes it)."""
        from ..api.sub_account import sub_account_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def sub_account_assets_v3(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountAssetsV3:
        """Spot balances of a sub-account (V3) (the coroutine of `Spot.sub_account.sub_account_assets_v3`, which describes it)."""
        from ..api.sub_account import sub_account_assets_v3 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def sub_account_deposit_address(
        self,
        email: str,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountDepositAddress:
        """Deposit address of a sub-account (the coroutine of `Spot.sub_account.sub_account_deposit_address`, which describes it)."""
        from ..api.sub_account import sub_account_deposit_address as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    async def sub_account_deposit_history(
        self,
        email: str,
        *,
        coin: str | None = None,
        status: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        offset: int | None = None,
        tx_id: str | None = None,
        include_source: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountDeposit]:
        """Deposit history of a sub-account (the coroutine of `Spot.sub_account.sub_account_deposit_history`, which describes it)."""
        from ..api.sub_account import sub_account_deposit_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=offset,
                tx_id=tx_id,
                include_source=include_source,
            ),
            options,
        )

    async def sub_account_futures_account(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccount:
        """USDⓈ-M futures account of a sub-account (the coroutine of `Spot.sub_account.sub_account_futures_account`, which describes it)."""
        from ..api.sub_account import sub_account_futures_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountUsdM: ...
    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM: ...
    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM: ...

    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM:
        """Futures account of a sub-account (USDⓈ-M or COIN-M) (the coroutine of `Spot.sub_account.sub_account_futures_account_v2`, which describes it)."""
        from ..api.sub_account import sub_account_futures_account_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
            ),
            options,
        )

    async def sub_account_futures_position_risk(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountFuturesPosition]:
        """USDⓈ-M futures positions of a sub-account (the coroutine of `Spot.sub_account.sub_account_futures_position_risk`, which describes it)."""
        from ..api.sub_account import sub_account_futures_position_risk as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsUsdM: ...
    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM: ...
    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM: ...

    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
        """Futures positions of a sub-account (USDⓈ-M or COIN-M) (the coroutine of `Spot.sub_account.sub_account_futures_position_risk_v2`, which describes it)."""
        from ..api.sub_account import sub_account_futures_position_risk_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
            ),
            options,
        )

    async def sub_account_futures_summary(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummary:
        """USDⓈ-M futures accounts of all sub-accounts, summarized (the coroutine of `Spot.sub_account.sub_account_futures_summary`, which describes it)."""
        from ..api.sub_account import sub_account_futures_summary as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                page=page,
                limit=limit,
            ),
            options,
        )

    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[1],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryUsdM: ...
    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[2],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM: ...
    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM: ...

    async def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
        """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M) (the coroutine of `Spot.sub_account.sub_account_futures_summary_v2`, which describes it)."""
        from ..api.sub_account import sub_account_futures_summary_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                futures_type=futures_type,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def sub_account_futures_transfer_history(
        self,
        email: str,
        futures_type: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesTransferHistory:
        """Futures transfer history of a sub-account (the coroutine of `Spot.sub_account.sub_account_futures_transfer_history`, which describes it)."""
        from ..api.sub_account import sub_account_futures_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                futures_type=futures_type,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def sub_account_list(
        self,
        *,
        email: str | None = None,
        is_freeze: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountList:
        """List sub-accounts (the coroutine of `Spot.sub_account.sub_account_list`, which describes it)."""
        from ..api.sub_account import sub_account_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                is_freeze=is_freeze,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def sub_account_margin_account(
        self,
        email: str,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginAccount:
        """Margin account of a sub-account (the coroutine of `Spot.sub_account.sub_account_margin_account`, which describes it)."""
        from ..api.sub_account import sub_account_margin_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def sub_account_margin_summary(
        self,
        **options: Unpack[CallOptions],
    ) -> SubAccountMarginSummary:
        """Margin accounts of all sub-accounts, summarized (the coroutine of `Spot.sub_account.sub_account_margin_summary`, which describes it)."""
        from ..api.sub_account import sub_account_margin_summary as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def sub_account_move_position_history(
        self,
        symbol: str,
        page: int,
        row: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountMovePositionHistory:
        """History of futures positions moved between accounts (the coroutine of `Spot.sub_account.sub_account_move_position_history`, which describes it)."""
        from ..api.sub_account import sub_account_move_position_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                page=page,
                row=row,
            ),
            options,
        )

    async def sub_account_spot_summary(
        self,
        *,
        email: str | None = None,
        page: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountSpotSummary:
        """BTC value of sub-accounts' spot assets (the coroutine of `Spot.sub_account.sub_account_spot_summary`, which describes it)."""
        from ..api.sub_account import sub_account_spot_summary as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                page=page,
                size=size,
            ),
            options,
        )

    async def sub_account_spot_transfer_history(
        self,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountSpotTransfer]:
        """Spot transfer history between master and sub-accounts (the coroutine of `Spot.sub_account.sub_account_spot_transfer_history`, which describes it)."""
        from ..api.sub_account import sub_account_spot_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def sub_account_status(
        self,
        *,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountStatus]:
        """Margin and futures status of sub-accounts (the coroutine of `Spot.sub_account.sub_account_status`, which describes it)."""
        from ..api.sub_account import sub_account_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    async def sub_account_transaction_statistics(
        self,
        *,
        email: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransactionStatistics:
        """Trading volume statistics of a sub-account (the coroutine of `Spot.sub_account.sub_account_transaction_statistics`, which describes it)."""
        from ..api.sub_account import sub_account_transaction_statistics as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def sub_account_transfer_history(
        self,
        *,
        asset: str | None = None,
        type: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        return_fail_history: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SubAccountOwnTransfer]:
        """Transfer history of the calling sub-account (the coroutine of `Spot.sub_account.sub_account_transfer_history`, which describes it)."""
        from ..api.sub_account import sub_account_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                return_fail_history=return_fail_history,
            ),
            options,
        )

    async def sub_account_universal_transfer(
        self,
        from_account_type: SubAccountUniversalAccountType
        | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
        to_account_type: SubAccountUniversalAccountType
        | Literal["SPOT", "USDT_FUTURE", "COIN_FUTURE", "MARGIN", "ISOLATED_MARGIN", "ALPHA"],
        asset: str,
        amount: DecimalLike,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        client_tran_id: str | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountUniversalTransferResult:
        """Universal transfer between master and sub-accounts (the coroutine of `Spot.sub_account.sub_account_universal_transfer`, which describes it)."""
        from ..api.sub_account import sub_account_universal_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                from_account_type=from_account_type,
                to_account_type=to_account_type,
                client_tran_id=client_tran_id,
                symbol=symbol,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def sub_account_universal_transfer_history(
        self,
        *,
        from_email: str | None = None,
        to_email: str | None = None,
        client_tran_id: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountUniversalTransferHistory:
        """Universal transfer history (the coroutine of `Spot.sub_account.sub_account_universal_transfer_history`, which describes it)."""
        from ..api.sub_account import sub_account_universal_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                client_tran_id=client_tran_id,
                start_time=start_time,
                end_time=end_time,
                page=page,
                limit=limit,
            ),
            options,
        )

    async def transfer_sub_account_futures(
        self,
        from_email: str,
        to_email: str,
        futures_type: int,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountFuturesInternalTransferResult:
        """Transfer between futures accounts of master and sub-accounts (the coroutine of `Spot.sub_account.transfer_sub_account_futures`, which describes it)."""
        from ..api.sub_account import transfer_sub_account_futures as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                to_email=to_email,
                futures_type=futures_type,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def transfer_sub_account_spot_futures(
        self,
        email: str,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Move a sub-account's asset between spot and futures (the coroutine of `Spot.sub_account.transfer_sub_account_spot_futures`, which describes it)."""
        from ..api.sub_account import transfer_sub_account_spot_futures as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def transfer_sub_account_spot_margin(
        self,
        email: str,
        asset: str,
        amount: DecimalLike,
        type: int,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Move a sub-account's asset between spot and margin (the coroutine of `Spot.sub_account.transfer_sub_account_spot_margin`, which describes it)."""
        from ..api.sub_account import transfer_sub_account_spot_margin as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                asset=asset,
                amount=amount,
                type=type,
            ),
            options,
        )

    async def transfer_to_master(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Send an asset to the master account (from a sub-account) (the coroutine of `Spot.sub_account.transfer_to_master`, which describes it)."""
        from ..api.sub_account import transfer_to_master as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def transfer_to_sub_account(
        self,
        to_email: str,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferResult:
        """Send an asset to another sub-account (from a sub-account) (the coroutine of `Spot.sub_account.transfer_to_sub_account`, which describes it)."""
        from ..api.sub_account import transfer_to_sub_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                to_email=to_email,
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def update_sub_account_api_ip_restriction(
        self,
        email: str,
        sub_account_api_key: str,
        status: SubAccountIpRestrictionStatus | Literal["1", "2", "3"],
        *,
        ip_address: str | None = None,
        third_party_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiIpRestrictionUpdate:
        """Set the IP restriction of a sub-account API key (the coroutine of `Spot.sub_account.update_sub_account_api_ip_restriction`, which describes it)."""
        from ..api.sub_account import update_sub_account_api_ip_restriction as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                status=status,
                ip_address=ip_address,
                third_party_name=third_party_name,
            ),
            options,
        )

    async def update_sub_account_api_key_permission(
        self,
        email: str,
        sub_account_api_key: str,
        *,
        can_trade: bool | None = None,
        can_margin_loan_repay: bool | None = None,
        can_futures_trade: bool | None = None,
        can_universal_transfer: bool | None = None,
        can_vanilla_options: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountApiKeyPermissions:
        """Change the permissions of a sub-account API key (the coroutine of `Spot.sub_account.update_sub_account_api_key_permission`, which describes it)."""
        from ..api.sub_account import update_sub_account_api_key_permission as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
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

    async def withdraw_from_managed_sub_account(
        self,
        from_email: str,
        asset: str,
        amount: DecimalLike,
        *,
        transfer_date: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SubAccountTransferId:
        """Withdraw from a managed sub-account (the coroutine of `Spot.sub_account.withdraw_from_managed_sub_account`, which describes it)."""
        from ..api.sub_account import withdraw_from_managed_sub_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_email=from_email,
                asset=asset,
                amount=amount,
                transfer_date=transfer_date,
            ),
            options,
        )


class SubAccountWithRawResponse:
    """`sub_account` operations, each returning the whole `Response`."""

    def __init__(self, group: SubAccount) -> None:
        self._group = group
        self.create_sub_account_api_key: Final = raw_response_wrapper(group.create_sub_account_api_key)
        self.create_sub_account_api_key_v2: Final = raw_response_wrapper(group.create_sub_account_api_key_v2)
        self.create_virtual_sub_account: Final = raw_response_wrapper(group.create_virtual_sub_account)
        self.delete_sub_account_api_ip_list: Final = raw_response_wrapper(group.delete_sub_account_api_ip_list)
        self.delete_sub_account_api_key: Final = raw_response_wrapper(group.delete_sub_account_api_key)
        self.deposit_to_managed_sub_account: Final = raw_response_wrapper(group.deposit_to_managed_sub_account)
        self.enable_sub_account_futures: Final = raw_response_wrapper(group.enable_sub_account_futures)
        self.enable_sub_account_leveraged_tokens: Final = raw_response_wrapper(
            group.enable_sub_account_leveraged_tokens
        )
        self.enable_sub_account_margin: Final = raw_response_wrapper(group.enable_sub_account_margin)
        self.enable_sub_account_options: Final = raw_response_wrapper(group.enable_sub_account_options)
        self.managed_sub_account_assets: Final = raw_response_wrapper(group.managed_sub_account_assets)
        self.managed_sub_account_deposit_address: Final = raw_response_wrapper(
            group.managed_sub_account_deposit_address
        )
        self.managed_sub_account_futures_assets: Final = raw_response_wrapper(group.managed_sub_account_futures_assets)
        self.managed_sub_account_list: Final = raw_response_wrapper(group.managed_sub_account_list)
        self.managed_sub_account_margin_assets: Final = raw_response_wrapper(group.managed_sub_account_margin_assets)
        self.managed_sub_account_snapshot: Final = raw_response_wrapper(group.managed_sub_account_snapshot)
        self.managed_sub_account_transfer_log: Final = raw_response_wrapper(group.managed_sub_account_transfer_log)
        self.managed_sub_account_transfer_log_for_investor: Final = raw_response_wrapper(
            group.managed_sub_account_transfer_log_for_investor
        )
        self.managed_sub_account_transfer_log_for_trading_team: Final = raw_response_wrapper(
            group.managed_sub_account_transfer_log_for_trading_team
        )
        self.move_sub_account_futures_position: Final = raw_response_wrapper(group.move_sub_account_futures_position)
        self.sub_account_api_ip_restriction: Final = raw_response_wrapper(group.sub_account_api_ip_restriction)
        self.sub_account_api_keys: Final = raw_response_wrapper(group.sub_account_api_keys)
        self.sub_account_assets: Final = raw_response_wrapper(group.sub_account_assets)
        self.sub_account_assets_v3: Final = raw_response_wrapper(group.sub_account_assets_v3)
        self.sub_account_deposit_address: Final = raw_response_wrapper(group.sub_account_deposit_address)
        self.sub_account_deposit_history: Final = raw_response_wrapper(group.sub_account_deposit_history)
        self.sub_account_futures_account: Final = raw_response_wrapper(group.sub_account_futures_account)
        self.sub_account_futures_position_risk: Final = raw_response_wrapper(group.sub_account_futures_position_risk)
        self.sub_account_futures_summary: Final = raw_response_wrapper(group.sub_account_futures_summary)
        self.sub_account_futures_transfer_history: Final = raw_response_wrapper(
            group.sub_account_futures_transfer_history
        )
        self.sub_account_list: Final = raw_response_wrapper(group.sub_account_list)
        self.sub_account_margin_account: Final = raw_response_wrapper(group.sub_account_margin_account)
        self.sub_account_margin_summary: Final = raw_response_wrapper(group.sub_account_margin_summary)
        self.sub_account_move_position_history: Final = raw_response_wrapper(group.sub_account_move_position_history)
        self.sub_account_spot_summary: Final = raw_response_wrapper(group.sub_account_spot_summary)
        self.sub_account_spot_transfer_history: Final = raw_response_wrapper(group.sub_account_spot_transfer_history)
        self.sub_account_status: Final = raw_response_wrapper(group.sub_account_status)
        self.sub_account_transaction_statistics: Final = raw_response_wrapper(group.sub_account_transaction_statistics)
        self.sub_account_transfer_history: Final = raw_response_wrapper(group.sub_account_transfer_history)
        self.sub_account_universal_transfer: Final = raw_response_wrapper(group.sub_account_universal_transfer)
        self.sub_account_universal_transfer_history: Final = raw_response_wrapper(
            group.sub_account_universal_transfer_history
        )
        self.transfer_sub_account_futures: Final = raw_response_wrapper(group.transfer_sub_account_futures)
        self.transfer_sub_account_spot_futures: Final = raw_response_wrapper(group.transfer_sub_account_spot_futures)
        self.transfer_sub_account_spot_margin: Final = raw_response_wrapper(group.transfer_sub_account_spot_margin)
        self.transfer_to_master: Final = raw_response_wrapper(group.transfer_to_master)
        self.transfer_to_sub_account: Final = raw_response_wrapper(group.transfer_to_sub_account)
        self.update_sub_account_api_ip_restriction: Final = raw_response_wrapper(
            group.update_sub_account_api_ip_restriction
        )
        self.update_sub_account_api_key_permission: Final = raw_response_wrapper(
            group.update_sub_account_api_key_permission
        )
        self.withdraw_from_managed_sub_account: Final = raw_response_wrapper(group.withdraw_from_managed_sub_account)

    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountUsdM]: ...
    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountCoinM]: ...
    @overload
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM]: ...
    def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_account_v2`, returning the whole `Response`."""
        method = raw_response_wrapper(self._group.sub_account_futures_account_v2)
        return method(
            email=email,
            futures_type=futures_type,
            **options,
        )

    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsUsdM]: ...
    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsCoinM]: ...
    @overload
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]: ...
    def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_position_risk_v2`, returning the whole `Response`."""
        method = raw_response_wrapper(self._group.sub_account_futures_position_risk_v2)
        return method(
            email=email,
            futures_type=futures_type,
            **options,
        )

    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[1],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryUsdM]: ...
    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[2],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryCoinM]: ...
    @overload
    def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]: ...
    def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_summary_v2`, returning the whole `Response`."""
        method = raw_response_wrapper(self._group.sub_account_futures_summary_v2)
        return method(
            futures_type=futures_type,
            page=page,
            limit=limit,
            **options,
        )


class AsyncSubAccountWithRawResponse:
    """`sub_account` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncSubAccount) -> None:
        self._group = group
        self.create_sub_account_api_key: Final = async_raw_response_wrapper(group.create_sub_account_api_key)
        self.create_sub_account_api_key_v2: Final = async_raw_response_wrapper(group.create_sub_account_api_key_v2)
        self.create_virtual_sub_account: Final = async_raw_response_wrapper(group.create_virtual_sub_account)
        self.delete_sub_account_api_ip_list: Final = async_raw_response_wrapper(group.delete_sub_account_api_ip_list)
        self.delete_sub_account_api_key: Final = async_raw_response_wrapper(group.delete_sub_account_api_key)
        self.deposit_to_managed_sub_account: Final = async_raw_response_wrapper(group.deposit_to_managed_sub_account)
        self.enable_sub_account_futures: Final = async_raw_response_wrapper(group.enable_sub_account_futures)
        self.enable_sub_account_leveraged_tokens: Final = async_raw_response_wrapper(
            group.enable_sub_account_leveraged_tokens
        )
        self.enable_sub_account_margin: Final = async_raw_response_wrapper(group.enable_sub_account_margin)
        self.enable_sub_account_options: Final = async_raw_response_wrapper(group.enable_sub_account_options)
        self.managed_sub_account_assets: Final = async_raw_response_wrapper(group.managed_sub_account_assets)
        self.managed_sub_account_deposit_address: Final = async_raw_response_wrapper(
            group.managed_sub_account_deposit_address
        )
        self.managed_sub_account_futures_assets: Final = async_raw_response_wrapper(
            group.managed_sub_account_futures_assets
        )
        self.managed_sub_account_list: Final = async_raw_response_wrapper(group.managed_sub_account_list)
        self.managed_sub_account_margin_assets: Final = async_raw_response_wrapper(
            group.managed_sub_account_margin_assets
        )
        self.managed_sub_account_snapshot: Final = async_raw_response_wrapper(group.managed_sub_account_snapshot)
        self.managed_sub_account_transfer_log: Final = async_raw_response_wrapper(
            group.managed_sub_account_transfer_log
        )
        self.managed_sub_account_transfer_log_for_investor: Final = async_raw_response_wrapper(
            group.managed_sub_account_transfer_log_for_investor
        )
        self.managed_sub_account_transfer_log_for_trading_team: Final = async_raw_response_wrapper(
            group.managed_sub_account_transfer_log_for_trading_team
        )
        self.move_sub_account_futures_position: Final = async_raw_response_wrapper(
            group.move_sub_account_futures_position
        )
        self.sub_account_api_ip_restriction: Final = async_raw_response_wrapper(group.sub_account_api_ip_restriction)
        self.sub_account_api_keys: Final = async_raw_response_wrapper(group.sub_account_api_keys)
        self.sub_account_assets: Final = async_raw_response_wrapper(group.sub_account_assets)
        self.sub_account_assets_v3: Final = async_raw_response_wrapper(group.sub_account_assets_v3)
        self.sub_account_deposit_address: Final = async_raw_response_wrapper(group.sub_account_deposit_address)
        self.sub_account_deposit_history: Final = async_raw_response_wrapper(group.sub_account_deposit_history)
        self.sub_account_futures_account: Final = async_raw_response_wrapper(group.sub_account_futures_account)
        self.sub_account_futures_position_risk: Final = async_raw_response_wrapper(
            group.sub_account_futures_position_risk
        )
        self.sub_account_futures_summary: Final = async_raw_response_wrapper(group.sub_account_futures_summary)
        self.sub_account_futures_transfer_history: Final = async_raw_response_wrapper(
            group.sub_account_futures_transfer_history
        )
        self.sub_account_list: Final = async_raw_response_wrapper(group.sub_account_list)
        self.sub_account_margin_account: Final = async_raw_response_wrapper(group.sub_account_margin_account)
        self.sub_account_margin_summary: Final = async_raw_response_wrapper(group.sub_account_margin_summary)
        self.sub_account_move_position_history: Final = async_raw_response_wrapper(
            group.sub_account_move_position_history
        )
        self.sub_account_spot_summary: Final = async_raw_response_wrapper(group.sub_account_spot_summary)
        self.sub_account_spot_transfer_history: Final = async_raw_response_wrapper(
            group.sub_account_spot_transfer_history
        )
        self.sub_account_status: Final = async_raw_response_wrapper(group.sub_account_status)
        self.sub_account_transaction_statistics: Final = async_raw_response_wrapper(
            group.sub_account_transaction_statistics
        )
        self.sub_account_transfer_history: Final = async_raw_response_wrapper(group.sub_account_transfer_history)
        self.sub_account_universal_transfer: Final = async_raw_response_wrapper(group.sub_account_universal_transfer)
        self.sub_account_universal_transfer_history: Final = async_raw_response_wrapper(
            group.sub_account_universal_transfer_history
        )
        self.transfer_sub_account_futures: Final = async_raw_response_wrapper(group.transfer_sub_account_futures)
        self.transfer_sub_account_spot_futures: Final = async_raw_response_wrapper(
            group.transfer_sub_account_spot_futures
        )
        self.transfer_sub_account_spot_margin: Final = async_raw_response_wrapper(
            group.transfer_sub_account_spot_margin
        )
        self.transfer_to_master: Final = async_raw_response_wrapper(group.transfer_to_master)
        self.transfer_to_sub_account: Final = async_raw_response_wrapper(group.transfer_to_sub_account)
        self.update_sub_account_api_ip_restriction: Final = async_raw_response_wrapper(
            group.update_sub_account_api_ip_restriction
        )
        self.update_sub_account_api_key_permission: Final = async_raw_response_wrapper(
            group.update_sub_account_api_key_permission
        )
        self.withdraw_from_managed_sub_account: Final = async_raw_response_wrapper(
            group.withdraw_from_managed_sub_account
        )

    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountUsdM]: ...
    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountCoinM]: ...
    @overload
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesAccountCoinM | SubAccountFuturesAccountUsdM]: ...
    async def sub_account_futures_account_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_account_v2`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._group.sub_account_futures_account_v2)
        return await method(
            email=email,
            futures_type=futures_type,
            **options,
        )

    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[1],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsUsdM]: ...
    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: Literal[2],
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsCoinM]: ...
    @overload
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]: ...
    async def sub_account_futures_position_risk_v2(
        self,
        email: str,
        futures_type: int,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_position_risk_v2`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._group.sub_account_futures_position_risk_v2)
        return await method(
            email=email,
            futures_type=futures_type,
            **options,
        )

    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[1],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryUsdM]: ...
    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: Literal[2],
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryCoinM]: ...
    @overload
    async def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]: ...
    async def sub_account_futures_summary_v2(
        self,
        futures_type: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.sub_account.sub_account_futures_summary_v2`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._group.sub_account_futures_summary_v2)
        return await method(
            futures_type=futures_type,
            page=page,
            limit=limit,
            **options,
        )


__all__ = ["AsyncSubAccount", "AsyncSubAccountWithRawResponse", "SubAccount", "SubAccountWithRawResponse"]
