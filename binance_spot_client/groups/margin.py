"""The `margin` operations of the /sapi surface, reached as `client.margin`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, Unpack, overload

from .._group_paging.margin import AsyncMarginPaging, MarginPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    Response,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.margin_account import MarginAccount
    from ..models.margin_account_scope import MarginAccountScope
    from ..models.margin_account_summary import MarginAccountSummary
    from ..models.margin_asset import MarginAsset
    from ..models.margin_available_inventory import MarginAvailableInventory
    from ..models.margin_bnb_burn import MarginBnbBurn
    from ..models.margin_borrow_repay_records import MarginBorrowRepayRecords
    from ..models.margin_borrow_repay_type import MarginBorrowRepayType
    from ..models.margin_canceled_order import MarginCanceledOrder
    from ..models.margin_canceled_order_list import MarginCanceledOrderList
    from ..models.margin_capital_flow import MarginCapitalFlow
    from ..models.margin_capital_flow_type import MarginCapitalFlowType
    from ..models.margin_collateral_ratio import MarginCollateralRatio
    from ..models.margin_cross_fee import MarginCrossFee
    from ..models.margin_delist_schedule import MarginDelistSchedule
    from ..models.margin_empty_response import MarginEmptyResponse
    from ..models.margin_force_liquidations import MarginForceLiquidations
    from ..models.margin_interest_history import MarginInterestHistory
    from ..models.margin_interest_rate import MarginInterestRate
    from ..models.margin_isolated_account import MarginIsolatedAccount
    from ..models.margin_isolated_account_limit import MarginIsolatedAccountLimit
    from ..models.margin_isolated_account_toggle import MarginIsolatedAccountToggle
    from ..models.margin_isolated_fee import MarginIsolatedFee
    from ..models.margin_isolated_flag import MarginIsolatedFlag
    from ..models.margin_isolated_pair import MarginIsolatedPair
    from ..models.margin_isolated_tier import MarginIsolatedTier
    from ..models.margin_leverage_bracket import MarginLeverageBracket
    from ..models.margin_limit_price_pairs import MarginLimitPricePairs
    from ..models.margin_liquidation_loan import MarginLiquidationLoan
    from ..models.margin_liquidation_loan_repay import MarginLiquidationLoanRepay
    from ..models.margin_liquidation_loan_repay_history import MarginLiquidationLoanRepayHistory
    from ..models.margin_list_schedule import MarginListSchedule
    from ..models.margin_listen_key import MarginListenKey
    from ..models.margin_listen_token import MarginListenToken
    from ..models.margin_manual_liquidation import MarginManualLiquidation
    from ..models.margin_max_borrowable import MarginMaxBorrowable
    from ..models.margin_max_transferable import MarginMaxTransferable
    from ..models.margin_new_order_ack import MarginNewOrderAck
    from ..models.margin_new_order_full import MarginNewOrderFull
    from ..models.margin_new_order_list import MarginNewOrderList
    from ..models.margin_new_order_result import MarginNewOrderResult
    from ..models.margin_next_hourly_interest_rate import MarginNextHourlyInterestRate
    from ..models.margin_order import MarginOrder
    from ..models.margin_order_count_usage import MarginOrderCountUsage
    from ..models.margin_order_list import MarginOrderList
    from ..models.margin_pair import MarginPair
    from ..models.margin_pending_oco_order_type import MarginPendingOcoOrderType
    from ..models.margin_prevented_match import MarginPreventedMatch
    from ..models.margin_price_index import MarginPriceIndex
    from ..models.margin_restricted_assets import MarginRestrictedAssets
    from ..models.margin_risk_based_liquidation_ratio import MarginRiskBasedLiquidationRatio
    from ..models.margin_side_effect_type import MarginSideEffectType
    from ..models.margin_small_liability import MarginSmallLiability
    from ..models.margin_small_liability_exchange_history import MarginSmallLiabilityExchangeHistory
    from ..models.margin_special_key import MarginSpecialKey
    from ..models.margin_special_key_created import MarginSpecialKeyCreated
    from ..models.margin_special_key_permission import MarginSpecialKeyPermission
    from ..models.margin_success import MarginSuccess
    from ..models.margin_trade import MarginTrade
    from ..models.margin_transaction_id import MarginTransactionId
    from ..models.margin_transfer_direction import MarginTransferDirection
    from ..models.margin_transfer_history import MarginTransferHistory
    from ..models.margin_working_order_type import MarginWorkingOrderType
    from ..models.order_response_type import OrderResponseType
    from ..models.order_side import OrderSide
    from ..models.order_type import OrderType
    from ..models.self_trade_prevention_mode import SelfTradePreventionMode
    from ..models.time_in_force import TimeInForce


DecimalLike = str | int | float | Decimal


class Margin(MarginPaging):
    """`margin` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def adjust_cross_margin_max_leverage(
        self,
        max_leverage: int,
        **options: Unpack[CallOptions],
    ) -> MarginSuccess:
        """Set cross margin maximum leverage.

        Sets the maximum leverage of the cross margin account: 3 or 5 for Cross Margin Classic, 10 for
        Cross Margin Pro (20 where allowed).

        POST /sapi/v1/margin/max-leverage · security USER_DATA · weight 3000


        Args:
            max_leverage: New maximum leverage: 3, 5, 10 (or 20 where compliance allows). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginSuccess
        """
        from ..api.margin import adjust_cross_margin_max_leverage as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                max_leverage=max_leverage,
            ),
            options,
        )

    def bnb_burn_status(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginBnbBurn:
        """BNB fee and interest payment settings.

        Tells whether spot trading fees and margin interest are paid in BNB.

        GET /sapi/v1/bnbBurn · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginBnbBurn
        """
        from ..api.margin import bnb_burn_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def cancel_all_margin_open_orders(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
        """Cancel all open margin orders of a pair.

        Cancels every open order of a pair in a margin account, order lists included. The answer mixes
        cancelled orders and cancelled order lists.

        DELETE /sapi/v1/margin/openOrders · security TRADE · weight 1


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginCanceledOrder | MarginCanceledOrderList]
        """
        from ..api.margin import cancel_all_margin_open_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            options,
        )

    def cancel_margin_order(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginCanceledOrder:
        """Cancel a margin order.

        Cancels an open margin order, identified by `order_id` or `orig_client_order_id`.

        DELETE /sapi/v1/margin/order · security TRADE · weight 10


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            order_id: Id of the order to cancel.
            orig_client_order_id: Client order id of the order to cancel.
            new_client_order_id: Your own id for the cancellation; generated when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginCanceledOrder
        """
        from ..api.margin import cancel_margin_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    def cancel_margin_order_list(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginCanceledOrderList:
        """Cancel a margin order list.

        Cancels a whole margin order list, identified by `order_list_id` or `list_client_order_id`;
        cancelling one leg through the single-order cancel also ends the list.

        DELETE /sapi/v1/margin/orderList · security TRADE · weight 1


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            order_list_id: Id of the list to cancel.
            list_client_order_id: Client id of the list to cancel.
            new_client_order_id: Your own id for the cancellation; generated when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginCanceledOrderList
        """
        from ..api.margin import cancel_margin_order_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    def close_isolated_margin_listen_key(
        self,
        symbol: str,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close an isolated margin user data stream.

        Closes an isolated margin user data stream and invalidates its listen key.

        DELETE /sapi/v1/userDataStream/isolated · security USER_STREAM · weight 3000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            symbol: Isolated margin pair the stream belongs to; listed by Binance's later documentation of
                the endpoint, missing from the 2024 file. Required.
            listen_key: The listen key to close. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import close_isolated_margin_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                listen_key=listen_key,
            ),
            options,
        )

    def close_margin_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close a cross margin user data stream.

        Closes a cross margin user data stream and invalidates its listen key.

        DELETE /sapi/v1/userDataStream · security USER_STREAM · weight 3000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            listen_key: The listen key to close. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import close_margin_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    def close_margin_risk_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close a margin risk data stream.

        Closes the margin risk stream and invalidates its listen key.

        DELETE /sapi/v1/margin/listen-key · security USER_STREAM · weight 3000


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import close_margin_risk_listen_key as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def create_margin_special_key(
        self,
        api_name: str,
        *,
        symbol: str | None = None,
        ip: str | None = None,
        public_key: str | None = None,
        permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSpecialKeyCreated:
        """Create a margin special key.

        Creates a special (low-latency) API key for the cross margin account, or for the isolated
        account of `symbol`; the key is then used on the spot /api/v3 endpoints. Sending `public_key`
        creates an RSA or Ed25519 key, otherwise an HMAC key with a secret. Margin special keys (low-
        latency trading) are open to VIP 7 and above, or on agreement with Binance.

        POST /sapi/v1/margin/apiKey · security TRADE · weight 1


        Args:
            api_name: Name of the key. Required.
            symbol: Isolated margin pair the key trades; leave it out for cross margin.
            ip: Allowed IP addresses, comma-separated, at most 30.
            public_key: RSA or Ed25519 public key (PKCS#8) to register instead of generating an HMAC secret.
            permission_mode: Ed25519 keys only: `TRADE` (default) or `READ`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginSpecialKeyCreated
        """
        from ..api.margin import create_margin_special_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                api_name=api_name,
                symbol=symbol,
                ip=ip,
                public_key=public_key,
                permission_mode=permission_mode,
            ),
            options,
        )

    def cross_margin_collateral_ratio(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginCollateralRatio]:
        """Cross margin collateral ratios.

        Lists the collateral discount bands of cross margin, grouped by asset.

        GET /sapi/v1/margin/crossMarginCollateralRatio · security MARKET_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginCollateralRatio]
        """
        from ..api.margin import cross_margin_collateral_ratio as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def cross_margin_fee_data(
        self,
        *,
        vip_level: int | None = None,
        coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCrossFee]:
        """Cross margin fee data.

        Lists the cross margin borrowing terms (interest, limits, usable pairs) of every asset, or of
        one `coin`, for a VIP level; the account's own level when `vip_level` is omitted.

        GET /sapi/v1/margin/crossMarginData · security USER_DATA · weight 5


        Args:
            vip_level: VIP level whose terms to show; defaults to the account's own level.
            coin: Only this asset; all assets when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginCrossFee]
        """
        from ..api.margin import cross_margin_fee_data as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vip_level=vip_level,
                coin=coin,
            ),
            options,
        )

    def cross_margin_leverage_bracket(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginLeverageBracket]:
        """Cross Margin Pro leverage brackets.

        Lists the leverage brackets of liability assets in Cross Margin Pro mode.

        GET /sapi/v1/margin/leverageBracket · security MARKET_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginLeverageBracket]
        """
        from ..api.margin import cross_margin_leverage_bracket as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def delete_margin_special_key(
        self,
        *,
        api_name: str | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Delete margin special keys.

        Deletes the special keys with the given name (cross margin, or the isolated account of
        `symbol`). Deleting the keys does not leave special key mode; see `exitMarginSpecialKeyMode`.

        DELETE /sapi/v1/margin/apiKey · security TRADE · weight 1


        Args:
            api_name: Name of the keys to delete.
            symbol: Isolated margin pair of the keys; leave it out for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import delete_margin_special_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                api_name=api_name,
                symbol=symbol,
            ),
            options,
        )

    def disable_isolated_margin_account(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountToggle:
        """Disable an isolated margin account.

        Disables the isolated margin account of a pair. A pair can be disabled at most once every 24
        hours.

        DELETE /sapi/v1/margin/isolated/account · security TRADE · weight 300


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginIsolatedAccountToggle
        """
        from ..api.margin import disable_isolated_margin_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def edit_margin_special_key_ip(
        self,
        ip: str,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Set the IP list of a margin special key.

        Replaces the allowed IP addresses of the special key of the cross margin account, or of the
        isolated account of `symbol`.

        PUT /sapi/v1/margin/apiKey/ip · security TRADE · weight 1


        Args:
            ip: Allowed IP addresses, comma-separated, at most 30. Required.
            symbol: Isolated margin pair; leave it out for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import edit_margin_special_key_ip as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                ip=ip,
                symbol=symbol,
            ),
            options,
        )

    def enable_isolated_margin_account(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountToggle:
        """Enable an isolated margin account.

        Enables the isolated margin account of a pair, creating it if needed.

        POST /sapi/v1/margin/isolated/account · security TRADE · weight 300


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginIsolatedAccountToggle
        """
        from ..api.margin import enable_isolated_margin_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def exit_margin_special_key_mode(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Leave margin special key mode.

        Takes a Cross Margin Classic account out of special key mode: its special keys are deleted,
        order checks return to normal, and no new special key can be created for a cooldown (24 hours by
        default). The account must have no debt and must not be in liquidation.

        POST /sapi/v1/margin/exit-special-key-mode · security TRADE · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import exit_margin_special_key_mode as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def isolated_margin_account(
        self,
        *,
        symbols: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccount:
        """Isolated margin accounts.

        Returns the isolated margin accounts: for each pair its two balances, margin level and
        liquidation figures. With `symbols` only those pairs are returned, and the BTC totals are left
        out.

        GET /sapi/v1/margin/isolated/account · security USER_DATA · weight 10


        Args:
            symbols: Up to 5 pairs, comma-separated (for example `BTCUSDT,BNBUSDT`); every pair when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginIsolatedAccount
        """
        from ..api.margin import isolated_margin_account as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbols=symbols,
            ),
            options,
        )

    def isolated_margin_account_limit(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountLimit:
        """Isolated margin account quota.

        Tells how many isolated margin accounts are enabled and how many may be.

        GET /sapi/v1/margin/isolated/accountLimit · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginIsolatedAccountLimit
        """
        from ..api.margin import isolated_margin_account_limit as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def isolated_margin_all_pairs(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedPair]:
        """Isolated margin pairs.

        Lists the isolated margin trading pairs, or one pair when `symbol` is sent.

        GET /sapi/v1/margin/isolated/allPairs · security MARKET_DATA · weight 10


        Args:
            symbol: Only this pair; all pairs when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginIsolatedPair]
        """
        from ..api.margin import isolated_margin_all_pairs as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def isolated_margin_fee_data(
        self,
        *,
        vip_level: int | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedFee]:
        """Isolated margin fee data.

        Lists the isolated margin borrowing terms of every pair, or of one `symbol`, for a VIP level;
        the account's own level when `vip_level` is omitted.

        GET /sapi/v1/margin/isolatedMarginData · security USER_DATA · weight 10


        Args:
            vip_level: VIP level whose terms to show; defaults to the account's own level.
            symbol: Only this pair; all pairs when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginIsolatedFee]
        """
        from ..api.margin import isolated_margin_fee_data as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vip_level=vip_level,
                symbol=symbol,
            ),
            options,
        )

    def isolated_margin_tier_data(
        self,
        symbol: str,
        *,
        tier: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedTier]:
        """Isolated margin tiers.

        Lists the leverage tiers of an isolated margin pair, or one tier.

        GET /sapi/v1/margin/isolatedMarginTier · security USER_DATA · weight 1


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            tier: Only this tier; every tier when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginIsolatedTier]
        """
        from ..api.margin import isolated_margin_tier_data as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                tier=tier,
            ),
            options,
        )

    def keep_alive_isolated_margin_listen_key(
        self,
        symbol: str,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep an isolated margin user data stream alive.

        Extends an isolated margin listen key by 60 minutes.

        PUT /sapi/v1/userDataStream/isolated · security USER_STREAM · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            symbol: Isolated margin pair the stream belongs to; listed by Binance's later documentation of
                the endpoint, missing from the 2024 file. Required.
            listen_key: The listen key to extend. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import keep_alive_isolated_margin_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                listen_key=listen_key,
            ),
            options,
        )

    def keep_alive_margin_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep a cross margin user data stream alive.

        Extends a cross margin listen key by 60 minutes; a keep-alive about every 30 minutes keeps the
        stream open.

        PUT /sapi/v1/userDataStream · security USER_STREAM · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            listen_key: The listen key to extend. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import keep_alive_margin_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    def keep_alive_margin_risk_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep a margin risk data stream alive.

        Extends a margin risk stream listen key by 60 minutes.

        PUT /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


        Args:
            listen_key: The listen key to extend. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import keep_alive_margin_risk_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    def margin_account(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginAccount:
        """Cross margin account.

        Returns the cross margin account: margin levels, totals valued in BTC and USDT, permissions and
        the balance of every asset.

        GET /sapi/v1/margin/account · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginAccount
        """
        from ..api.margin import margin_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_account_summary(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginAccountSummary:
        """Margin level thresholds.

        Returns the margin levels at which the account is in normal standing, receives a margin call,
        and is liquidated.

        GET /sapi/v1/margin/tradeCoeff · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginAccountSummary
        """
        from ..api.margin import margin_account_summary as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_all_assets(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginAsset]:
        """Margin assets.

        Lists the assets of margin trading with their borrowing rules, or one asset when `asset` is
        sent.

        GET /sapi/v1/margin/allAssets · security MARKET_DATA · weight 1


        Args:
            asset: Only this asset; all assets when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginAsset]
        """
        from ..api.margin import margin_all_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    def margin_all_order_lists(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderList]:
        """All margin order lists.

        Lists the margin order lists, open or not. `from_id` cannot be combined with `start_time` or
        `end_time`.

        GET /sapi/v1/margin/allOrderList · security USER_DATA · weight 200


        Args:
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
            from_id: Return lists from this order list id on.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            limit: Most records to return; default 500, at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginOrderList]
        """
        from ..api.margin import margin_all_order_lists as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def margin_all_orders(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrder]:
        """All margin orders.

        Lists the orders of a pair, open or not. With `order_id` the orders from that id on are
        returned; otherwise the most recent ones (within 24 hours). `start_time` and `end_time` may be
        at most 24 hours apart. For some old orders `cummulativeQuoteQty` is negative: the figure is not
        available.

        GET /sapi/v1/margin/allOrders · security USER_DATA · weight 200


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            order_id: Return orders with this id and later.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            limit: Most records to return; default 500, at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginOrder]
        """
        from ..api.margin import margin_all_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def margin_all_pairs(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginPair]:
        """Cross margin pairs.

        Lists the cross margin trading pairs, or one pair when `symbol` is sent.

        GET /sapi/v1/margin/allPairs · security MARKET_DATA · weight 1


        Args:
            symbol: Only this pair; all pairs when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginPair]
        """
        from ..api.margin import margin_all_pairs as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def margin_available_inventory(
        self,
        type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
        **options: Unpack[CallOptions],
    ) -> MarginAvailableInventory:
        """Margin available inventory.

        Shows how much of each asset is still available to borrow in cross or isolated margin.

        GET /sapi/v1/margin/available-inventory · security USER_DATA · weight 50


        Args:
            type: `MARGIN` for cross margin, `ISOLATED` for isolated margin. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginAvailableInventory
        """
        from ..api.margin import margin_available_inventory as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def margin_borrow_repay(
        self,
        asset: str,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
        symbol: str,
        amount: DecimalLike,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        **options: Unpack[CallOptions],
    ) -> MarginTransactionId:
        """Borrow or repay.

        Borrows an asset into, or repays a loan from, the cross margin account or one isolated margin
        account. The answer carries the id of the operation; its outcome can be followed with
        `marginBorrowRepayRecords`.

        POST /sapi/v1/margin/borrow-repay · security USER_DATA · weight 1500


        Args:
            asset: Asset to borrow or repay. Required.
            is_isolated: `TRUE` for the isolated margin account of `symbol`, `FALSE` for the cross margin
                account. Required.
            symbol: Isolated margin pair the loan belongs to; Binance lists it as mandatory, it only matters
                when `isIsolated=TRUE`. Required.
            amount: Amount to borrow or repay. Required.
            type: `BORROW` to take a loan, `REPAY` to pay one back. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginTransactionId
        """
        from ..api.margin import margin_borrow_repay as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                is_isolated=is_isolated,
                symbol=symbol,
                amount=amount,
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginBorrowRepayRecords:
        """Borrow and repay records.

        Lists loans or repayments of a margin account, newest first. Send `tx_id` or `start_time`;
        `tx_id` wins when both are given. With an asset the window reaches 30 days back from `end_time`,
        without one 7 days; when neither time is sent the last 7 days are returned.

        GET /sapi/v1/margin/borrow-repay · security USER_DATA · weight 10


        Args:
            type: `BORROW` for loans, `REPAY` for repayments. Required.
            asset: Asset code, for example `BTC`.
            isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
            tx_id: Id of one operation (the `tranId` returned when it was made).
            start_time: Start of the range, UTC milliseconds; defaults to 7 days before `end_time`.
            end_time: End of the range, UTC milliseconds; defaults to now.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginBorrowRepayRecords
        """
        from ..api.margin import margin_borrow_repay_records as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                asset=asset,
                isolated_symbol=isolated_symbol,
                tx_id=tx_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def margin_capital_flow(
        self,
        *,
        asset: str | None = None,
        symbol: str | None = None,
        type: MarginCapitalFlowType
        | Literal[
            "TRANSFER",
            "BORROW",
            "REPAY",
            "BUY_INCOME",
            "BUY_EXPENSE",
            "SELL_INCOME",
            "SELL_EXPENSE",
            "TRADING_COMMISSION",
            "BUY_LIQUIDATION",
            "SELL_LIQUIDATION",
            "REPAY_LIQUIDATION",
            "OTHER_LIQUIDATION",
            "LIQUIDATION_FEE",
            "SMALL_BALANCE_CONVERT",
            "COMMISSION_RETURN",
            "SMALL_CONVERT",
        ]
        | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCapitalFlow]:
        """Margin capital flow.

        Lists the movements of capital (transfers, loans, trades, fees, liquidations...) in the cross
        margin account, or in the isolated account of `symbol`. Only the last 90 days can be queried,
        and since 2026-02-02 a range with both `start_time` and `end_time` may span at most 7 days.

        GET /sapi/v1/margin/capital-flow · security USER_DATA · weight 100


        Args:
            asset: Only this asset.
            symbol: Isolated margin pair; required to query isolated margin data.
            type: Only this kind of movement.
            start_time: Start of the range, UTC milliseconds; no earlier than 90 days ago.
            end_time: End of the time range, UTC milliseconds.
            from_id: Return records with an `id` above this one; the latest records when omitted.
            limit: Most records to return; default 500, at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginCapitalFlow]
        """
        from ..api.margin import margin_capital_flow as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                symbol=symbol,
                type=type,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    def margin_delist_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginDelistSchedule]:
        """Margin delisting schedule.

        Lists upcoming removals of assets from cross margin and of pairs from isolated margin.

        GET /sapi/v1/margin/delist-schedule · security MARKET_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginDelistSchedule]
        """
        from ..api.margin import margin_delist_schedule as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginForceLiquidations:
        """Forced liquidation record.

        Lists the orders the exchange placed to liquidate the account, newest first.

        GET /sapi/v1/margin/forceLiquidationRec · security USER_DATA · weight 1


        Args:
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginForceLiquidations
        """
        from ..api.margin import margin_force_liquidation_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                isolated_symbol=isolated_symbol,
                current=current,
                size=size,
            ),
            options,
        )

    def margin_interest_history(
        self,
        *,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        archived: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginInterestHistory:
        """Interest history.

        Lists the interest charged on margin loans, newest first; cross margin unless `isolated_symbol`
        is sent. Set `archived=true` for records older than 6 months.

        GET /sapi/v1/margin/interestHistory · security USER_DATA · weight 1


        Args:
            asset: Asset code, for example `BTC`.
            isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 10, at most 100.
            archived: `true` to search the archive (records older than 6 months); default `false`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginInterestHistory
        """
        from ..api.margin import margin_interest_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                archived=archived,
            ),
            options,
        )

    def margin_interest_rate_history(
        self,
        asset: str,
        *,
        vip_level: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginInterestRate]:
        """Interest rate history.

        Lists the daily interest rates of an asset over time. The range between `start_time` and
        `end_time` is at most 30 days.

        GET /sapi/v1/margin/interestRateHistory · security USER_DATA · weight 1


        Args:
            asset: Asset code, for example `BTC`. Required.
            vip_level: VIP level whose rates to show; defaults to the account's own level.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginInterestRate]
        """
        from ..api.margin import margin_interest_rate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                vip_level=vip_level,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def margin_limit_price_pairs(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginLimitPricePairs:
        """Pairs with a limit price band.

        Lists the cross margin pairs whose limit orders must be priced within a band (plus or minus 15%)
        around the index price: buys priced more than 15% above it and sells more than 15% below it are
        rejected.

        GET /sapi/v1/margin/limit-price-pairs · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginLimitPricePairs
        """
        from ..api.margin import margin_limit_price_pairs as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_liquidation_loan(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoan:
        """Liquidation loan.

        Returns the cross margin liquidation loan: the deficit, in USDC, left when a liquidation drove
        the account's equity below zero, with what has been repaid and what remains.

        GET /sapi/v1/margin/liquidation-loan · security USER_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginLiquidationLoan
        """
        from ..api.margin import margin_liquidation_loan as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_liquidation_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoanRepayHistory:
        """Liquidation loan repayments.

        Lists repayments of the liquidation loan that succeeded or are pending, over at most the last 90
        days (an earlier `start_time` is moved forward).

        GET /sapi/v1/margin/liquidation-loan/repay-history · security USER_DATA · weight 100


        Args:
            start_time: Start of the range, UTC milliseconds; defaults to 7 days ago.
            end_time: End of the range, UTC milliseconds; defaults to now.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 50.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginLiquidationLoanRepayHistory
        """
        from ..api.margin import margin_liquidation_loan_repay_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    def margin_list_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginListSchedule]:
        """Margin listing schedule.

        Lists upcoming additions of assets to cross margin and of pairs to isolated margin.

        GET /sapi/v1/margin/list-schedule · security MARKET_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginListSchedule]
        """
        from ..api.margin import margin_list_schedule as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    @former_keywords({"type_": "type"})
    def margin_manual_liquidation(
        self,
        type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginManualLiquidation] | MarginManualLiquidation:
        """Liquidate a margin account manually.

        Closes the positions of the cross margin account (Classic or Pro mode), or of an isolated
        account where that is allowed, and settles its debt.

        POST /sapi/v1/margin/manual-liquidation · security TRADE · weight 3000


        Args:
            type: `MARGIN` for the cross margin account, `ISOLATED` for an isolated one. Required.
            symbol: Isolated margin pair; required when `type=ISOLATED`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginManualLiquidation] | MarginManualLiquidation
        """
        from ..api.margin import margin_manual_liquidation as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                symbol=symbol,
            ),
            options,
        )

    def margin_max_borrowable(
        self,
        asset: str,
        *,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginMaxBorrowable:
        """Maximum borrowable amount.

        Tells how much of an asset the cross margin account (or the isolated account of
        `isolated_symbol`) can still borrow, and the ceiling set by the account's level.

        GET /sapi/v1/margin/maxBorrowable · security USER_DATA · weight 750


        Args:
            asset: Asset code, for example `BTC`. Required.
            isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginMaxBorrowable
        """
        from ..api.margin import margin_max_borrowable as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    def margin_max_transferable(
        self,
        asset: str,
        *,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginMaxTransferable:
        """Maximum transfer-out amount.

        Tells how much of an asset can be transferred out of the cross margin account, or out of the
        isolated account of `isolated_symbol`.

        GET /sapi/v1/margin/maxTransferable · security USER_DATA · weight 50


        Args:
            asset: Asset code, for example `BTC`. Required.
            isolated_symbol: Isolated margin pair to query; leave it out for the cross margin account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginMaxTransferable
        """
        from ..api.margin import margin_max_transferable as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    def margin_my_trades(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginTrade]:
        """Margin trades.

        Lists the account's trades on a pair. With `from_id` the trades from that id on are returned;
        otherwise the most recent ones (within 24 hours). `start_time` and `end_time` may be at most 24
        hours apart.

        GET /sapi/v1/margin/myTrades · security USER_DATA · weight 10


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            order_id: Only the trades of this order.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            from_id: Return trades from this trade id on.
            limit: Most records to return; default 500, at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginTrade]
        """
        from ..api.margin import margin_my_trades as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    def margin_next_hourly_interest_rate(
        self,
        assets: str,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
        **options: Unpack[CallOptions],
    ) -> list[MarginNextHourlyInterestRate]:
        """Next hourly interest rate.

        Estimates the rate of the next hourly interest charge for up to 20 assets.

        GET /sapi/v1/margin/next-hourly-interest-rate · security USER_DATA · weight 100


        Args:
            assets: Assets to estimate, comma-separated, at most 20 (for example `BTC,ETH`). Required.
            is_isolated: `TRUE` for isolated margin rates, `FALSE` for cross margin. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginNextHourlyInterestRate]
        """
        from ..api.margin import margin_next_hourly_interest_rate as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                assets=assets,
                is_isolated=is_isolated,
            ),
            options,
        )

    def margin_open_order_lists(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderList]:
        """Open margin order lists.

        Lists the margin order lists still open.

        GET /sapi/v1/margin/openOrderList · security USER_DATA · weight 10


        Args:
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginOrderList]
        """
        from ..api.margin import margin_open_order_lists as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            options,
        )

    def margin_open_orders(
        self,
        *,
        symbol: str | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrder]:
        """Open margin orders.

        Lists the open orders of one pair, or of every pair when `symbol` is omitted (cross margin only;
        isolated margin needs `symbol`).

        GET /sapi/v1/margin/openOrders · security USER_DATA · weight 10


        Args:
            symbol: Only this pair; required when `isIsolated=TRUE`.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginOrder]
        """
        from ..api.margin import margin_open_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            options,
        )

    def margin_order_count_usage(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderCountUsage]:
        """Margin order count usage.

        Shows how many orders the account has placed in each order rate limit window, cross margin or
        the isolated account of `symbol`.

        GET /sapi/v1/margin/rateLimit/order · security TRADE · weight 20


        Args:
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            symbol: Isolated margin pair; required when `isIsolated=TRUE`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginOrderCountUsage]
        """
        from ..api.margin import margin_order_count_usage as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            options,
        )

    def margin_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginPreventedMatch]:
        """Margin prevented matches.

        Lists the orders of a pair that expired because of self-trade prevention. Send `symbol` with
        `prevented_match_id`, with `order_id`, or with `order_id` and `from_prevented_match_id` to page
        (at most 500 records per request).

        GET /sapi/v1/margin/myPreventedMatches · security USER_DATA · weight 10


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            prevented_match_id: Only this prevented match.
            order_id: Only the prevented matches of this order.
            from_prevented_match_id: With `order_id`: return matches from this id on.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginPreventedMatch]
        """
        from ..api.margin import margin_prevented_matches as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                is_isolated=is_isolated,
            ),
            options,
        )

    def margin_price_index(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginPriceIndex:
        """Margin price index.

        Returns the margin price index of a pair.

        GET /sapi/v1/margin/priceIndex · security MARKET_DATA · weight 10


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginPriceIndex
        """
        from ..api.margin import margin_price_index as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def margin_restricted_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginRestrictedAssets:
        """Restricted margin assets.

        Lists the assets that cannot currently be bought on margin and those whose collateral cap is
        reached.

        GET /sapi/v1/margin/restricted-asset · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginRestrictedAssets
        """
        from ..api.margin import margin_restricted_assets as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_risk_based_liquidation_ratio(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginRiskBasedLiquidationRatio]:
        """Risk-based liquidation ratios.

        Lists the risk-based liquidation ratio of each margin asset.

        GET /sapi/v1/margin/risk-based-liquidation-ratio · security MARKET_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginRiskBasedLiquidationRatio]
        """
        from ..api.margin import margin_risk_based_liquidation_ratio as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_small_liability_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginSmallLiability]:
        """Small liability assets.

        Lists the debts small enough to be cleared with the small liability exchange.

        GET /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginSmallLiability]
        """
        from ..api.margin import margin_small_liability_assets as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def margin_small_liability_exchange(
        self,
        asset_names: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Clear small liabilities.

        Clears small debts (each worth less than 10 USDT, at most 10 assets) of the cross margin
        account. It can be used once every 6 hours.

        POST /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 3000


        Args:
            asset_names: Debt assets to clear, comma-separated (for example `BTC,ETH`). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginEmptyResponse
        """
        from ..api.margin import margin_small_liability_exchange as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset_names=asset_names,
            ),
            options,
        )

    def margin_small_liability_exchange_history(
        self,
        current: int,
        size: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSmallLiabilityExchangeHistory:
        """Small liability exchange history.

        Lists past small liability exchanges, page by page.

        GET /sapi/v1/margin/exchange-small-liability-history · security USER_DATA · weight 100


        Args:
            current: Page number, counted from 1. Required.
            size: Records per page, at most 100. Required.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginSmallLiabilityExchangeHistory
        """
        from ..api.margin import margin_small_liability_exchange_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                current=current,
                size=size,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def margin_special_key(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSpecialKey:
        """Query a margin special key.

        Returns the special key of the cross margin account, or of the isolated account of `symbol`.

        GET /sapi/v1/margin/apiKey · security TRADE · weight 1


        Args:
            symbol: Isolated margin pair; leave it out for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginSpecialKey
        """
        from ..api.margin import margin_special_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def margin_special_key_list(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginSpecialKey]:
        """List margin special keys.

        Lists the special keys of the cross margin account, or of the isolated account of `symbol`.

        GET /sapi/v1/margin/api-key-list · security TRADE · weight 1


        Args:
            symbol: Isolated margin pair; leave it out for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[MarginSpecialKey]
        """
        from ..api.margin import margin_special_key_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def margin_transfer_history(
        self,
        *,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginTransferHistory:
        """Margin transfer history.

        Lists transfers into and out of the margin accounts, newest first. By default the last 7 days
        are returned and records older than 6 months are not available.

        GET /sapi/v1/margin/transfer · security USER_DATA · weight 1


        Args:
            asset: Asset code, for example `BTC`.
            type: Only transfers in (`ROLL_IN`) or out (`ROLL_OUT`).
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 10, at most 100.
            isolated_symbol: Isolated margin pair whose transfers to list; leave it out for cross margin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginTransferHistory
        """
        from ..api.margin import margin_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    def new_isolated_margin_listen_key(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open an isolated margin user data stream.

        Creates a listen key for the user data stream of one isolated margin pair, or returns the active
        one with its validity extended by 60 minutes.

        POST /sapi/v1/userDataStream/isolated · security USER_STREAM · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            symbol: Isolated margin pair the stream belongs to; listed by Binance's later documentation of
                the endpoint, missing from the 2024 file. Required.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginListenKey
        """
        from ..api.margin import new_isolated_margin_listen_key as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def new_margin_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open a cross margin user data stream.

        Creates a listen key for the cross margin user data stream, or returns the active one with its
        validity extended by 60 minutes.

        POST /sapi/v1/userDataStream · security USER_STREAM · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginListenKey
        """
        from ..api.margin import new_margin_listen_key as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def new_margin_listen_token(
        self,
        *,
        symbol: str | None = None,
        is_isolated: bool | None = None,
        validity: DurationLike | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginListenToken:
        """Create a margin listen token.

        Creates a token that lets the WebSocket API method `userDataStream.subscribe.listenToken` follow
        the cross margin account, or one isolated account, for a limited time (24 hours by default and
        at most). The subscription is not renewed automatically: request a new token before
        `expirationTime` and subscribe again.

        POST /sapi/v1/userListenToken · security USER_STREAM · weight 1


        Args:
            symbol: Isolated margin pair; required when `is_isolated` is `true`.
            is_isolated: `true` for an isolated margin account; cross margin when omitted.
            validity: Validity of the token in milliseconds; default and maximum 24 hours.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginListenToken
        """
        from ..api.margin import new_margin_listen_token as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                validity=validity,
            ),
            options,
        )

    def new_margin_oco(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        price: DecimalLike,
        stop_price: DecimalLike,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        limit_client_order_id: str | None = None,
        limit_iceberg_qty: DecimalLike | None = None,
        stop_client_order_id: str | None = None,
        stop_limit_price: DecimalLike | None = None,
        stop_iceberg_qty: DecimalLike | None = None,
        stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OCO.

        Places a one-cancels-the-other pair of orders in a margin account: a limit leg at `price` and a
        stop leg at `stop_price` (a stop-limit leg when `stop_limit_price` is sent). For a sell the
        limit price must be above the last price and the stop price below it; for a buy the other way
        round. Both legs share `quantity` (iceberg quantities may differ), and the list counts as 2
        orders against the order rate limit.

        POST /sapi/v1/margin/order/oco · security TRADE · weight 6


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            list_client_order_id: Your own id for the whole list; generated when omitted.
            side: Side of both legs. Required.
            quantity: Base quantity of each leg. Required.
            limit_client_order_id: Your own id for the limit leg.
            price: Price of the limit leg. Required.
            limit_iceberg_qty: Visible quantity of the limit leg.
            stop_client_order_id: Your own id for the stop leg.
            stop_price: Trigger price of the stop leg. Required.
            stop_limit_price: Limit price of the stop leg, making it a stop-limit order; needs
                `stop_limit_time_in_force`.
            stop_iceberg_qty: Visible quantity of the stop leg.
            stop_limit_time_in_force: Time in force of a stop-limit leg.
            new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
                `FULL`, others to `ACK`.
            side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
            self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
                accepted, and the symbol's default applies when omitted.
            auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
                when the order is cancelled; default `true`. Binance suggests `false` when orders are
                placed and cancelled at a high rate.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginNewOrderList
        """
        from ..api.margin import new_margin_oco as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_iceberg_qty=limit_iceberg_qty,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
            ),
            options,
        )

    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderFull: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderResult: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderFull: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult: ...
    @former_keywords({"type_": "type"})
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
        """Place a margin order.

        Places an order in the cross margin account, or in the isolated account of `symbol`. The
        parameters an order type needs are those of spot orders (`LIMIT` needs `time_in_force`,
        `quantity` and `price`; `MARKET` needs `quantity` or `quote_order_qty`; stop and take-profit
        types need `stop_price` or `trailing_delta`). `side_effect_type` lets the order borrow what it
        needs or repay debt with its proceeds.

        POST /sapi/v1/margin/order · security TRADE · weight 6


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            side: Whether to buy or sell the base asset. Required.
            type: Order type; it decides which other parameters are needed. Required.
            quantity: Base asset quantity.
            quote_order_qty: `MARKET` orders only: quote asset amount to spend or receive instead of a base quantity.
            price: Limit price.
            stop_price: Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`
                orders.
            new_client_order_id: Your own id for the order, unique among open orders; generated when omitted.
            iceberg_qty: Visible quantity, making a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an
                iceberg.
            new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
                `FULL`, others to `ACK`.
            side_effect_type: Borrowing or repaying done around the order; default `NO_SIDE_EFFECT`.
            time_in_force: How long the order stays active; needed by limit-priced types.
            self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
                accepted, and the symbol's default applies when omitted.
            trailing_delta: Trailing distance in basis points for stop and take-profit orders.
            auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
                when the order is cancelled; default `true`. Binance suggests `false` when orders are
                placed and cancelled at a high rate.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult
        """
        from ..api.margin import new_margin_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                side=side,
                type=type,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                stop_price=stop_price,
                new_client_order_id=new_client_order_id,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                time_in_force=time_in_force,
                self_trade_prevention_mode=self_trade_prevention_mode,
                trailing_delta=trailing_delta,
                auto_repay_at_cancel=auto_repay_at_cancel,
            ),
            options,
        )

    def new_margin_oto(
        self,
        symbol: str,
        working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OTO.

        Places a one-triggers-the-other list in a margin account: a working `LIMIT` or `LIMIT_MAKER`
        order goes on the book, and the pending order is placed only once the working order is fully
        filled. Cancelling either order ends the other. If the working order fills at once, the answer
        still shows the pending order as `PENDING_NEW`. The list counts as 2 orders against the unfilled
        order count and the order number filters.

        POST /sapi/v1/margin/order/oto · security TRADE · weight 6


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
                ids; generated when omitted.
            new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
                `FULL`, others to `ACK`.
            side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
                `AUTO_BORROW_REPAY`.
            self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
                accepted, and the symbol's default applies when omitted.
            auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
                when the order is cancelled; default `true`. Binance suggests `false` when orders are
                placed and cancelled at a high rate.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
            working_side: Side of the working order. Required.
            working_client_order_id: Your own id for the working order; generated when omitted.
            working_price: Price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
            working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
            pending_type: Type of the pending order; any type except a `MARKET` order sized with `quoteOrderQty`. Required.
            pending_side: Side of the pending order. Required.
            pending_client_order_id: Your own id for the pending order; generated when omitted.
            pending_price: Price of the pending order; needed by limit-priced types and whenever
                `pending_trailing_delta` is sent.
            pending_stop_price: Trigger price of a stop or take-profit pending order.
            pending_trailing_delta: Trailing distance of a stop or take-profit pending order.
            pending_quantity: Quantity of the pending order. Required.
            pending_iceberg_qty: Visible quantity of the pending order; only with `pendingTimeInForce=GTC`.
            pending_time_in_force: Time in force of a limit-priced pending order.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginNewOrderList
        """
        from ..api.margin import new_margin_oto as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_quantity=pending_quantity,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
            ),
            options,
        )

    def new_margin_otoco(
        self,
        symbol: str,
        working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_type: MarginPendingOcoOrderType
        | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OTOCO.

        Places a one-triggers-one-cancels-the-other list in a margin account: a working `LIMIT` or
        `LIMIT_MAKER` order, and two pending orders (above and below) that form an OCO pair placed once
        the working order is fully filled. The pending pair follows the OCO price rules. The list counts
        as 3 orders against the unfilled order count and the order number filters.

        POST /sapi/v1/margin/order/otoco · security TRADE · weight 6


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            list_client_order_id: Your own id for the whole list, unique among open lists and distinct from the orders'
                ids; generated when omitted.
            new_order_resp_type: Detail of the answer: `ACK`, `RESULT` or `FULL`. `MARKET` and `LIMIT` orders default to
                `FULL`, others to `ACK`.
            side_effect_type: Borrowing done for the list: `NO_SIDE_EFFECT` (default), `MARGIN_BUY` or
                `AUTO_BORROW_REPAY`.
            self_trade_prevention_mode: Self-trade prevention mode for this request; only the modes the symbol allows are
                accepted, and the symbol's default applies when omitted.
            auto_repay_at_cancel: With `MARGIN_BUY` or `AUTO_BORROW_REPAY`: whether the debt the order created is repaid
                when the order is cancelled; default `true`. Binance suggests `false` when orders are
                placed and cancelled at a high rate.
            working_type: Type of the working order: `LIMIT` or `LIMIT_MAKER`. Required.
            working_side: Side of the working order. Required.
            working_client_order_id: Your own id for the working order; generated when omitted.
            working_price: Price of the working order. Required.
            working_quantity: Quantity of the working order. Required.
            working_iceberg_qty: Visible quantity of the working order; only with `workingTimeInForce=GTC`.
            working_time_in_force: Time in force of the working order; needed when it is `LIMIT`.
            pending_side: Side of both pending orders. Required.
            pending_quantity: Quantity of both pending orders. Required.
            pending_above_type: Type of the pending above order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`. Required.
            pending_above_client_order_id: Your own id for the pending above order; generated when omitted.
            pending_above_price: Price of the pending above order; needed by limit-priced types and whenever a trailing
                delta is sent.
            pending_above_stop_price: Trigger price of a stop pending above order.
            pending_above_trailing_delta: Trailing distance of a stop pending above order.
            pending_above_iceberg_qty: Visible quantity of the pending above order; only with `pendingAboveTimeInForce=GTC`.
            pending_above_time_in_force: Time in force of a limit-priced pending above order.
            pending_below_type: Type of the pending below order: `LIMIT_MAKER`, `STOP_LOSS` or `STOP_LOSS_LIMIT`.
            pending_below_client_order_id: Your own id for the pending below order; generated when omitted.
            pending_below_price: Price of the pending below order; needed by limit-priced types and whenever a trailing
                delta is sent.
            pending_below_stop_price: Trigger price of a stop pending below order.
            pending_below_trailing_delta: Trailing distance of a stop pending below order.
            pending_below_iceberg_qty: Visible quantity of the pending below order; only with `pendingBelowTimeInForce=GTC`.
            pending_below_time_in_force: Time in force of a limit-priced pending below order.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginNewOrderList
        """
        from ..api.margin import new_margin_otoco as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
            ),
            options,
        )

    def new_margin_risk_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open a margin risk data stream.

        Creates a listen key for the margin risk stream (margin calls, liability changes) on
        wss://margin-stream.binance.com, or returns the active one with its validity extended by 60
        minutes. Cross margin only.

        POST /sapi/v1/margin/listen-key · security USER_STREAM · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginListenKey
        """
        from ..api.margin import new_margin_risk_listen_key as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def query_margin_order(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginOrder:
        """Query a margin order.

        Returns one margin order, identified by `order_id` or `orig_client_order_id`. For some old
        orders `cummulativeQuoteQty` is negative: the figure is not available.

        GET /sapi/v1/margin/order · security USER_DATA · weight 10


        Args:
            symbol: Trading pair, for example `BTCUSDT`. Required.
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            order_id: Order id.
            orig_client_order_id: Client order id of the order.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginOrder
        """
        from ..api.margin import query_margin_order as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    def query_margin_order_list(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginOrderList:
        """Query a margin order list.

        Returns one margin order list, identified by `order_list_id` or `orig_client_order_id`.

        GET /sapi/v1/margin/orderList · security USER_DATA · weight 10


        Args:
            is_isolated: `TRUE` to act on the isolated margin account of `symbol`; `FALSE` (the default) for the
                cross margin account.
            symbol: Isolated margin pair; required for isolated margin, not accepted for cross margin.
            order_list_id: Id of the list.
            orig_client_order_id: Client id of the list.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginOrderList
        """
        from ..api.margin import query_margin_order_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    def repay_margin_liquidation_loan(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoanRepay:
        """Repay the liquidation loan.

        Repays part or all of the cross margin liquidation loan from the spot wallet. The amount must be
        positive and no more than what is owed; the repayment fails if the spot wallet lacks the funds.

        POST /sapi/v1/margin/liquidation-loan/repay · security USER_DATA · weight 100


        Args:
            asset: Asset to repay with, for example `USDC`. Required.
            amount: Amount to repay; positive and at most the remaining loan. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginLiquidationLoanRepay
        """
        from ..api.margin import repay_margin_liquidation_loan as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    def toggle_bnb_burn(
        self,
        *,
        spot_bnb_burn: bool | None = None,
        interest_bnb_burn: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginBnbBurn:
        """Set BNB fee and interest payment.

        Turns paying spot trading fees in BNB, and paying margin interest in BNB, on or off. Send at
        least one of the two settings.

        POST /sapi/v1/bnbBurn · security USER_DATA · weight 1


        Args:
            spot_bnb_burn: `true` to pay spot trading fees in BNB, `false` to stop.
            interest_bnb_burn: `true` to pay margin interest in BNB, `false` to stop.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            MarginBnbBurn
        """
        from ..api.margin import toggle_bnb_burn as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                spot_bnb_burn=spot_bnb_burn,
                interest_bnb_burn=interest_bnb_burn,
            ),
            options,
        )


class AsyncMargin(AsyncMarginPaging):
    """`margin` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def adjust_cross_margin_max_leverage(
        self,
        max_leverage: int,
        **options: Unpack[CallOptions],
    ) -> MarginSuccess:
        """Set cross margin maximum leverage (the coroutine of `Spot.margin.adjust_cross_margin_max_leverage`, which describes it)."""
        from ..api.margin import adjust_cross_margin_max_leverage as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                max_leverage=max_leverage,
            ),
            options,
        )

    async def bnb_burn_status(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginBnbBurn:
        """BNB fee and interest payment settings (the coroutine of `Spot.margin.bnb_burn_status`, which describes it)."""
        from ..api.margin import bnb_burn_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def cancel_all_margin_open_orders(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCanceledOrder | MarginCanceledOrderList]:
        """Cancel all open margin orders of a pair (the coroutine of `Spot.margin.cancel_all_margin_open_orders`, which describes it)."""
        from ..api.margin import cancel_all_margin_open_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            options,
        )

    async def cancel_margin_order(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginCanceledOrder:
        """Cancel a margin order (the coroutine of `Spot.margin.cancel_margin_order`, which describes it)."""
        from ..api.margin import cancel_margin_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    async def cancel_margin_order_list(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_list_id: int | None = None,
        list_client_order_id: str | None = None,
        new_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginCanceledOrderList:
        """Cancel a margin order list (the coroutine of `Spot.margin.cancel_margin_order_list`, which describes it)."""
        from ..api.margin import cancel_margin_order_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_list_id=order_list_id,
                list_client_order_id=list_client_order_id,
                new_client_order_id=new_client_order_id,
            ),
            options,
        )

    async def close_isolated_margin_listen_key(
        self,
        symbol: str,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close an isolated margin user data stream (the coroutine of `Spot.margin.close_isolated_margin_listen_key`, which describes it)."""
        from ..api.margin import close_isolated_margin_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                listen_key=listen_key,
            ),
            options,
        )

    async def close_margin_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close a cross margin user data stream (the coroutine of `Spot.margin.close_margin_listen_key`, which describes it)."""
        from ..api.margin import close_margin_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    async def close_margin_risk_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Close a margin risk data stream (the coroutine of `Spot.margin.close_margin_risk_listen_key`, which describes it)."""
        from ..api.margin import close_margin_risk_listen_key as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def create_margin_special_key(
        self,
        api_name: str,
        *,
        symbol: str | None = None,
        ip: str | None = None,
        public_key: str | None = None,
        permission_mode: MarginSpecialKeyPermission | Literal["TRADE", "READ"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSpecialKeyCreated:
        """Create a margin special key (the coroutine of `Spot.margin.create_margin_special_key`, which describes it)."""
        from ..api.margin import create_margin_special_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                api_name=api_name,
                symbol=symbol,
                ip=ip,
                public_key=public_key,
                permission_mode=permission_mode,
            ),
            options,
        )

    async def cross_margin_collateral_ratio(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginCollateralRatio]:
        """Cross margin collateral ratios (the coroutine of `Spot.margin.cross_margin_collateral_ratio`, which describes it)."""
        from ..api.margin import cross_margin_collateral_ratio as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def cross_margin_fee_data(
        self,
        *,
        vip_level: int | None = None,
        coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCrossFee]:
        """Cross margin fee data (the coroutine of `Spot.margin.cross_margin_fee_data`, which describes it)."""
        from ..api.margin import cross_margin_fee_data as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vip_level=vip_level,
                coin=coin,
            ),
            options,
        )

    async def cross_margin_leverage_bracket(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginLeverageBracket]:
        """Cross Margin Pro leverage brackets (the coroutine of `Spot.margin.cross_margin_leverage_bracket`, which describes it)."""
        from ..api.margin import cross_margin_leverage_bracket as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def delete_margin_special_key(
        self,
        *,
        api_name: str | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Delete margin special keys (the coroutine of `Spot.margin.delete_margin_special_key`, which describes it)."""
        from ..api.margin import delete_margin_special_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                api_name=api_name,
                symbol=symbol,
            ),
            options,
        )

    async def disable_isolated_margin_account(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountToggle:
        """Disable an isolated margin account (the coroutine of `Spot.margin.disable_isolated_margin_account`, which describes it)."""
        from ..api.margin import disable_isolated_margin_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def edit_margin_special_key_ip(
        self,
        ip: str,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Set the IP list of a margin special key (the coroutine of `Spot.margin.edit_margin_special_key_ip`, which describes it)."""
        from ..api.margin import edit_margin_special_key_ip as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                ip=ip,
                symbol=symbol,
            ),
            options,
        )

    async def enable_isolated_margin_account(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountToggle:
        """Enable an isolated margin account (the coroutine of `Spot.margin.enable_isolated_margin_account`, which describes it)."""
        from ..api.margin import enable_isolated_margin_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def exit_margin_special_key_mode(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Leave margin special key mode (the coroutine of `Spot.margin.exit_margin_special_key_mode`, which describes it)."""
        from ..api.margin import exit_margin_special_key_mode as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def isolated_margin_account(
        self,
        *,
        symbols: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccount:
        """Isolated margin accounts (the coroutine of `Spot.margin.isolated_margin_account`, which describes it)."""
        from ..api.margin import isolated_margin_account as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbols=symbols,
            ),
            options,
        )

    async def isolated_margin_account_limit(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginIsolatedAccountLimit:
        """Isolated margin account quota (the coroutine of `Spot.margin.isolated_margin_account_limit`, which describes it)."""
        from ..api.margin import isolated_margin_account_limit as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def isolated_margin_all_pairs(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedPair]:
        """Isolated margin pairs (the coroutine of `Spot.margin.isolated_margin_all_pairs`, which describes it)."""
        from ..api.margin import isolated_margin_all_pairs as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def isolated_margin_fee_data(
        self,
        *,
        vip_level: int | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedFee]:
        """Isolated margin fee data (the coroutine of `Spot.margin.isolated_margin_fee_data`, which describes it)."""
        from ..api.margin import isolated_margin_fee_data as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                vip_level=vip_level,
                symbol=symbol,
            ),
            options,
        )

    async def isolated_margin_tier_data(
        self,
        symbol: str,
        *,
        tier: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginIsolatedTier]:
        """Isolated margin tiers (the coroutine of `Spot.margin.isolated_margin_tier_data`, which describes it)."""
        from ..api.margin import isolated_margin_tier_data as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                tier=tier,
            ),
            options,
        )

    async def keep_alive_isolated_margin_listen_key(
        self,
        symbol: str,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep an isolated margin user data stream alive (the coroutine of `Spot.margin.keep_alive_isolated_margin_listen_key`, which describes it)."""
        from ..api.margin import keep_alive_isolated_margin_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                listen_key=listen_key,
            ),
            options,
        )

    async def keep_alive_margin_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep a cross margin user data stream alive (the coroutine of `Spot.margin.keep_alive_margin_listen_key`, which describes it)."""
        from ..api.margin import keep_alive_margin_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    async def keep_alive_margin_risk_listen_key(
        self,
        listen_key: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Keep a margin risk data stream alive (the coroutine of `Spot.margin.keep_alive_margin_risk_listen_key`, which describes it)."""
        from ..api.margin import keep_alive_margin_risk_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                listen_key=listen_key,
            ),
            options,
        )

    async def margin_account(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginAccount:
        """Cross margin account (the coroutine of `Spot.margin.margin_account`, which describes it)."""
        from ..api.margin import margin_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_account_summary(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginAccountSummary:
        """Margin level thresholds (the coroutine of `Spot.margin.margin_account_summary`, which describes it)."""
        from ..api.margin import margin_account_summary as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_all_assets(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginAsset]:
        """Margin assets (the coroutine of `Spot.margin.margin_all_assets`, which describes it)."""
        from ..api.margin import margin_all_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    async def margin_all_order_lists(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        from_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderList]:
        """All margin order lists (the coroutine of `Spot.margin.margin_all_order_lists`, which describes it)."""
        from ..api.margin import margin_all_order_lists as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                from_id=from_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def margin_all_orders(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrder]:
        """All margin orders (the coroutine of `Spot.margin.margin_all_orders`, which describes it)."""
        from ..api.margin import margin_all_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def margin_all_pairs(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginPair]:
        """Cross margin pairs (the coroutine of `Spot.margin.margin_all_pairs`, which describes it)."""
        from ..api.margin import margin_all_pairs as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def margin_available_inventory(
        self,
        type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
        **options: Unpack[CallOptions],
    ) -> MarginAvailableInventory:
        """Margin available inventory (the coroutine of `Spot.margin.margin_available_inventory`, which describes it)."""
        from ..api.margin import margin_available_inventory as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def margin_borrow_repay(
        self,
        asset: str,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
        symbol: str,
        amount: DecimalLike,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        **options: Unpack[CallOptions],
    ) -> MarginTransactionId:
        """Borrow or repay (the coroutine of `Spot.margin.margin_borrow_repay`, which describes it)."""
        from ..api.margin import margin_borrow_repay as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                is_isolated=is_isolated,
                symbol=symbol,
                amount=amount,
                type=type,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def margin_borrow_repay_records(
        self,
        type: MarginBorrowRepayType | Literal["BORROW", "REPAY"],
        *,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        tx_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginBorrowRepayRecords:
        """Borrow and repay records (the coroutine of `Spot.margin.margin_borrow_repay_records`, which describes it)."""
        from ..api.margin import margin_borrow_repay_records as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                asset=asset,
                isolated_symbol=isolated_symbol,
                tx_id=tx_id,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def margin_capital_flow(
        self,
        *,
        asset: str | None = None,
        symbol: str | None = None,
        type: MarginCapitalFlowType
        | Literal[
            "TRANSFER",
            "BORROW",
            "REPAY",
            "BUY_INCOME",
            "BUY_EXPENSE",
            "SELL_INCOME",
            "SELL_EXPENSE",
            "TRADING_COMMISSION",
            "BUY_LIQUIDATION",
            "SELL_LIQUIDATION",
            "REPAY_LIQUIDATION",
            "OTHER_LIQUIDATION",
            "LIQUIDATION_FEE",
            "SMALL_BALANCE_CONVERT",
            "COMMISSION_RETURN",
            "SMALL_CONVERT",
        ]
        | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginCapitalFlow]:
        """Margin capital flow (the coroutine of `Spot.margin.margin_capital_flow`, which describes it)."""
        from ..api.margin import margin_capital_flow as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                symbol=symbol,
                type=type,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    async def margin_delist_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginDelistSchedule]:
        """Margin delisting schedule (the coroutine of `Spot.margin.margin_delist_schedule`, which describes it)."""
        from ..api.margin import margin_delist_schedule as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_force_liquidation_record(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        isolated_symbol: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginForceLiquidations:
        """Forced liquidation record (the coroutine of `Spot.margin.margin_force_liquidation_record`, which describes it)."""
        from ..api.margin import margin_force_liquidation_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                isolated_symbol=isolated_symbol,
                current=current,
                size=size,
            ),
            options,
        )

    async def margin_interest_history(
        self,
        *,
        asset: str | None = None,
        isolated_symbol: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        archived: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginInterestHistory:
        """Interest history (the coroutine of `Spot.margin.margin_interest_history`, which describes it)."""
        from ..api.margin import margin_interest_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                archived=archived,
            ),
            options,
        )

    async def margin_interest_rate_history(
        self,
        asset: str,
        *,
        vip_level: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginInterestRate]:
        """Interest rate history (the coroutine of `Spot.margin.margin_interest_rate_history`, which describes it)."""
        from ..api.margin import margin_interest_rate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                vip_level=vip_level,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def margin_limit_price_pairs(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginLimitPricePairs:
        """Pairs with a limit price band (the coroutine of `Spot.margin.margin_limit_price_pairs`, which describes it)."""
        from ..api.margin import margin_limit_price_pairs as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_liquidation_loan(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoan:
        """Liquidation loan (the coroutine of `Spot.margin.margin_liquidation_loan`, which describes it)."""
        from ..api.margin import margin_liquidation_loan as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_liquidation_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoanRepayHistory:
        """Liquidation loan repayments (the coroutine of `Spot.margin.margin_liquidation_loan_repay_history`, which describes it)."""
        from ..api.margin import margin_liquidation_loan_repay_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    async def margin_list_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginListSchedule]:
        """Margin listing schedule (the coroutine of `Spot.margin.margin_list_schedule`, which describes it)."""
        from ..api.margin import margin_list_schedule as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    @former_keywords({"type_": "type"})
    async def margin_manual_liquidation(
        self,
        type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginManualLiquidation] | MarginManualLiquidation:
        """Liquidate a margin account manually (the coroutine of `Spot.margin.margin_manual_liquidation`, which describes it)."""
        from ..api.margin import margin_manual_liquidation as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                symbol=symbol,
            ),
            options,
        )

    async def margin_max_borrowable(
        self,
        asset: str,
        *,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginMaxBorrowable:
        """Maximum borrowable amount (the coroutine of `Spot.margin.margin_max_borrowable`, which describes it)."""
        from ..api.margin import margin_max_borrowable as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    async def margin_max_transferable(
        self,
        asset: str,
        *,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginMaxTransferable:
        """Maximum transfer-out amount (the coroutine of `Spot.margin.margin_max_transferable`, which describes it)."""
        from ..api.margin import margin_max_transferable as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    async def margin_my_trades(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        from_id: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginTrade]:
        """Margin trades (the coroutine of `Spot.margin.margin_my_trades`, which describes it)."""
        from ..api.margin import margin_my_trades as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                from_id=from_id,
                limit=limit,
            ),
            options,
        )

    async def margin_next_hourly_interest_rate(
        self,
        assets: str,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"],
        **options: Unpack[CallOptions],
    ) -> list[MarginNextHourlyInterestRate]:
        """Next hourly interest rate (the coroutine of `Spot.margin.margin_next_hourly_interest_rate`, which describes it)."""
        from ..api.margin import margin_next_hourly_interest_rate as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                assets=assets,
                is_isolated=is_isolated,
            ),
            options,
        )

    async def margin_open_order_lists(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderList]:
        """Open margin order lists (the coroutine of `Spot.margin.margin_open_order_lists`, which describes it)."""
        from ..api.margin import margin_open_order_lists as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            options,
        )

    async def margin_open_orders(
        self,
        *,
        symbol: str | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrder]:
        """Open margin orders (the coroutine of `Spot.margin.margin_open_orders`, which describes it)."""
        from ..api.margin import margin_open_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
            ),
            options,
        )

    async def margin_order_count_usage(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginOrderCountUsage]:
        """Margin order count usage (the coroutine of `Spot.margin.margin_order_count_usage`, which describes it)."""
        from ..api.margin import margin_order_count_usage as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
            ),
            options,
        )

    async def margin_prevented_matches(
        self,
        symbol: str,
        *,
        prevented_match_id: int | None = None,
        order_id: int | None = None,
        from_prevented_match_id: int | None = None,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginPreventedMatch]:
        """Margin prevented matches (the coroutine of `Spot.margin.margin_prevented_matches`, which describes it)."""
        from ..api.margin import margin_prevented_matches as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                prevented_match_id=prevented_match_id,
                order_id=order_id,
                from_prevented_match_id=from_prevented_match_id,
                is_isolated=is_isolated,
            ),
            options,
        )

    async def margin_price_index(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginPriceIndex:
        """Margin price index (the coroutine of `Spot.margin.margin_price_index`, which describes it)."""
        from ..api.margin import margin_price_index as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def margin_restricted_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginRestrictedAssets:
        """Restricted margin assets (the coroutine of `Spot.margin.margin_restricted_assets`, which describes it)."""
        from ..api.margin import margin_restricted_assets as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_risk_based_liquidation_ratio(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginRiskBasedLiquidationRatio]:
        """Risk-based liquidation ratios (the coroutine of `Spot.margin.margin_risk_based_liquidation_ratio`, which describes it)."""
        from ..api.margin import margin_risk_based_liquidation_ratio as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_small_liability_assets(
        self,
        **options: Unpack[CallOptions],
    ) -> list[MarginSmallLiability]:
        """Small liability assets (the coroutine of `Spot.margin.margin_small_liability_assets`, which describes it)."""
        from ..api.margin import margin_small_liability_assets as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def margin_small_liability_exchange(
        self,
        asset_names: str,
        **options: Unpack[CallOptions],
    ) -> MarginEmptyResponse:
        """Clear small liabilities (the coroutine of `Spot.margin.margin_small_liability_exchange`, which describes it)."""
        from ..api.margin import margin_small_liability_exchange as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset_names=asset_names,
            ),
            options,
        )

    async def margin_small_liability_exchange_history(
        self,
        current: int,
        size: int,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSmallLiabilityExchangeHistory:
        """Small liability exchange history (the coroutine of `Spot.margin.margin_small_liability_exchange_history`, which describes it)."""
        from ..api.margin import margin_small_liability_exchange_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                current=current,
                size=size,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def margin_special_key(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginSpecialKey:
        """Query a margin special key (the coroutine of `Spot.margin.margin_special_key`, which describes it)."""
        from ..api.margin import margin_special_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def margin_special_key_list(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[MarginSpecialKey]:
        """List margin special keys (the coroutine of `Spot.margin.margin_special_key_list`, which describes it)."""
        from ..api.margin import margin_special_key_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def margin_transfer_history(
        self,
        *,
        asset: str | None = None,
        type: MarginTransferDirection | Literal["ROLL_IN", "ROLL_OUT"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        isolated_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginTransferHistory:
        """Margin transfer history (the coroutine of `Spot.margin.margin_transfer_history`, which describes it)."""
        from ..api.margin import margin_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                isolated_symbol=isolated_symbol,
            ),
            options,
        )

    async def new_isolated_margin_listen_key(
        self,
        symbol: str,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open an isolated margin user data stream (the coroutine of `Spot.margin.new_isolated_margin_listen_key`, which describes it)."""
        from ..api.margin import new_isolated_margin_listen_key as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def new_margin_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open a cross margin user data stream (the coroutine of `Spot.margin.new_margin_listen_key`, which describes it)."""
        from ..api.margin import new_margin_listen_key as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def new_margin_listen_token(
        self,
        *,
        symbol: str | None = None,
        is_isolated: bool | None = None,
        validity: DurationLike | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginListenToken:
        """Create a margin listen token (the coroutine of `Spot.margin.new_margin_listen_token`, which describes it)."""
        from ..api.margin import new_margin_listen_token as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                validity=validity,
            ),
            options,
        )

    async def new_margin_oco(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        quantity: DecimalLike,
        price: DecimalLike,
        stop_price: DecimalLike,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        limit_client_order_id: str | None = None,
        limit_iceberg_qty: DecimalLike | None = None,
        stop_client_order_id: str | None = None,
        stop_limit_price: DecimalLike | None = None,
        stop_iceberg_qty: DecimalLike | None = None,
        stop_limit_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OCO (the coroutine of `Spot.margin.new_margin_oco`, which describes it)."""
        from ..api.margin import new_margin_oco as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                side=side,
                quantity=quantity,
                limit_client_order_id=limit_client_order_id,
                price=price,
                limit_iceberg_qty=limit_iceberg_qty,
                stop_client_order_id=stop_client_order_id,
                stop_price=stop_price,
                stop_limit_price=stop_limit_price,
                stop_iceberg_qty=stop_iceberg_qty,
                stop_limit_time_in_force=stop_limit_time_in_force,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
            ),
            options,
        )

    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderFull: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderResult: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderFull: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult: ...
    @former_keywords({"type_": "type"})
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult:
        """Place a margin order (the coroutine of `Spot.margin.new_margin_order`, which describes it)."""
        from ..api.margin import new_margin_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                side=side,
                type=type,
                quantity=quantity,
                quote_order_qty=quote_order_qty,
                price=price,
                stop_price=stop_price,
                new_client_order_id=new_client_order_id,
                iceberg_qty=iceberg_qty,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                time_in_force=time_in_force,
                self_trade_prevention_mode=self_trade_prevention_mode,
                trailing_delta=trailing_delta,
                auto_repay_at_cancel=auto_repay_at_cancel,
            ),
            options,
        )

    async def new_margin_oto(
        self,
        symbol: str,
        working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_client_order_id: str | None = None,
        pending_price: DecimalLike | None = None,
        pending_stop_price: DecimalLike | None = None,
        pending_trailing_delta: DecimalLike | None = None,
        pending_iceberg_qty: DecimalLike | None = None,
        pending_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OTO (the coroutine of `Spot.margin.new_margin_oto`, which describes it)."""
        from ..api.margin import new_margin_oto as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                pending_type=pending_type,
                pending_side=pending_side,
                pending_client_order_id=pending_client_order_id,
                pending_price=pending_price,
                pending_stop_price=pending_stop_price,
                pending_trailing_delta=pending_trailing_delta,
                pending_quantity=pending_quantity,
                pending_iceberg_qty=pending_iceberg_qty,
                pending_time_in_force=pending_time_in_force,
            ),
            options,
        )

    async def new_margin_otoco(
        self,
        symbol: str,
        working_type: MarginWorkingOrderType | Literal["LIMIT", "LIMIT_MAKER"],
        working_side: OrderSide | Literal["BUY", "SELL"],
        working_price: DecimalLike,
        working_quantity: DecimalLike,
        pending_side: OrderSide | Literal["BUY", "SELL"],
        pending_quantity: DecimalLike,
        pending_above_type: MarginPendingOcoOrderType | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        list_client_order_id: str | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        auto_repay_at_cancel: bool | None = None,
        working_client_order_id: str | None = None,
        working_iceberg_qty: DecimalLike | None = None,
        working_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_above_client_order_id: str | None = None,
        pending_above_price: DecimalLike | None = None,
        pending_above_stop_price: DecimalLike | None = None,
        pending_above_trailing_delta: DecimalLike | None = None,
        pending_above_iceberg_qty: DecimalLike | None = None,
        pending_above_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        pending_below_type: MarginPendingOcoOrderType
        | Literal["LIMIT_MAKER", "STOP_LOSS", "STOP_LOSS_LIMIT"]
        | None = None,
        pending_below_client_order_id: str | None = None,
        pending_below_price: DecimalLike | None = None,
        pending_below_stop_price: DecimalLike | None = None,
        pending_below_trailing_delta: DecimalLike | None = None,
        pending_below_iceberg_qty: DecimalLike | None = None,
        pending_below_time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginNewOrderList:
        """Place a margin OTOCO (the coroutine of `Spot.margin.new_margin_otoco`, which describes it)."""
        from ..api.margin import new_margin_otoco as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                list_client_order_id=list_client_order_id,
                new_order_resp_type=new_order_resp_type,
                side_effect_type=side_effect_type,
                self_trade_prevention_mode=self_trade_prevention_mode,
                auto_repay_at_cancel=auto_repay_at_cancel,
                working_type=working_type,
                working_side=working_side,
                working_client_order_id=working_client_order_id,
                working_price=working_price,
                working_quantity=working_quantity,
                working_iceberg_qty=working_iceberg_qty,
                working_time_in_force=working_time_in_force,
                pending_side=pending_side,
                pending_quantity=pending_quantity,
                pending_above_type=pending_above_type,
                pending_above_client_order_id=pending_above_client_order_id,
                pending_above_price=pending_above_price,
                pending_above_stop_price=pending_above_stop_price,
                pending_above_trailing_delta=pending_above_trailing_delta,
                pending_above_iceberg_qty=pending_above_iceberg_qty,
                pending_above_time_in_force=pending_above_time_in_force,
                pending_below_type=pending_below_type,
                pending_below_client_order_id=pending_below_client_order_id,
                pending_below_price=pending_below_price,
                pending_below_stop_price=pending_below_stop_price,
                pending_below_trailing_delta=pending_below_trailing_delta,
                pending_below_iceberg_qty=pending_below_iceberg_qty,
                pending_below_time_in_force=pending_below_time_in_force,
            ),
            options,
        )

    async def new_margin_risk_listen_key(
        self,
        **options: Unpack[CallOptions],
    ) -> MarginListenKey:
        """Open a margin risk data stream (the coroutine of `Spot.margin.new_margin_risk_listen_key`, which describes it)."""
        from ..api.margin import new_margin_risk_listen_key as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def query_margin_order(
        self,
        symbol: str,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        order_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginOrder:
        """Query a margin order (the coroutine of `Spot.margin.query_margin_order`, which describes it)."""
        from ..api.margin import query_margin_order as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                order_id=order_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    async def query_margin_order_list(
        self,
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        symbol: str | None = None,
        order_list_id: int | None = None,
        orig_client_order_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginOrderList:
        """Query a margin order list (the coroutine of `Spot.margin.query_margin_order_list`, which describes it)."""
        from ..api.margin import query_margin_order_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                is_isolated=is_isolated,
                symbol=symbol,
                order_list_id=order_list_id,
                orig_client_order_id=orig_client_order_id,
            ),
            options,
        )

    async def repay_margin_liquidation_loan(
        self,
        asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> MarginLiquidationLoanRepay:
        """Repay the liquidation loan (the coroutine of `Spot.margin.repay_margin_liquidation_loan`, which describes it)."""
        from ..api.margin import repay_margin_liquidation_loan as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                amount=amount,
            ),
            options,
        )

    async def toggle_bnb_burn(
        self,
        *,
        spot_bnb_burn: bool | None = None,
        interest_bnb_burn: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> MarginBnbBurn:
        """Set BNB fee and interest payment (the coroutine of `Spot.margin.toggle_bnb_burn`, which describes it)."""
        from ..api.margin import toggle_bnb_burn as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                spot_bnb_burn=spot_bnb_burn,
                interest_bnb_burn=interest_bnb_burn,
            ),
            options,
        )


class MarginWithRawResponse:
    """`margin` operations, each returning the whole `Response`."""

    def __init__(self, group: Margin) -> None:
        self._group = group
        self.adjust_cross_margin_max_leverage: Final = raw_response_wrapper(group.adjust_cross_margin_max_leverage)
        self.bnb_burn_status: Final = raw_response_wrapper(group.bnb_burn_status)
        self.cancel_all_margin_open_orders: Final = raw_response_wrapper(group.cancel_all_margin_open_orders)
        self.cancel_margin_order: Final = raw_response_wrapper(group.cancel_margin_order)
        self.cancel_margin_order_list: Final = raw_response_wrapper(group.cancel_margin_order_list)
        self.close_isolated_margin_listen_key: Final = raw_response_wrapper(group.close_isolated_margin_listen_key)
        self.close_margin_listen_key: Final = raw_response_wrapper(group.close_margin_listen_key)
        self.close_margin_risk_listen_key: Final = raw_response_wrapper(group.close_margin_risk_listen_key)
        self.create_margin_special_key: Final = raw_response_wrapper(group.create_margin_special_key)
        self.cross_margin_collateral_ratio: Final = raw_response_wrapper(group.cross_margin_collateral_ratio)
        self.cross_margin_fee_data: Final = raw_response_wrapper(group.cross_margin_fee_data)
        self.cross_margin_leverage_bracket: Final = raw_response_wrapper(group.cross_margin_leverage_bracket)
        self.delete_margin_special_key: Final = raw_response_wrapper(group.delete_margin_special_key)
        self.disable_isolated_margin_account: Final = raw_response_wrapper(group.disable_isolated_margin_account)
        self.edit_margin_special_key_ip: Final = raw_response_wrapper(group.edit_margin_special_key_ip)
        self.enable_isolated_margin_account: Final = raw_response_wrapper(group.enable_isolated_margin_account)
        self.exit_margin_special_key_mode: Final = raw_response_wrapper(group.exit_margin_special_key_mode)
        self.isolated_margin_account: Final = raw_response_wrapper(group.isolated_margin_account)
        self.isolated_margin_account_limit: Final = raw_response_wrapper(group.isolated_margin_account_limit)
        self.isolated_margin_all_pairs: Final = raw_response_wrapper(group.isolated_margin_all_pairs)
        self.isolated_margin_fee_data: Final = raw_response_wrapper(group.isolated_margin_fee_data)
        self.isolated_margin_tier_data: Final = raw_response_wrapper(group.isolated_margin_tier_data)
        self.keep_alive_isolated_margin_listen_key: Final = raw_response_wrapper(
            group.keep_alive_isolated_margin_listen_key
        )
        self.keep_alive_margin_listen_key: Final = raw_response_wrapper(group.keep_alive_margin_listen_key)
        self.keep_alive_margin_risk_listen_key: Final = raw_response_wrapper(group.keep_alive_margin_risk_listen_key)
        self.margin_account: Final = raw_response_wrapper(group.margin_account)
        self.margin_account_summary: Final = raw_response_wrapper(group.margin_account_summary)
        self.margin_all_assets: Final = raw_response_wrapper(group.margin_all_assets)
        self.margin_all_order_lists: Final = raw_response_wrapper(group.margin_all_order_lists)
        self.margin_all_orders: Final = raw_response_wrapper(group.margin_all_orders)
        self.margin_all_pairs: Final = raw_response_wrapper(group.margin_all_pairs)
        self.margin_available_inventory: Final = raw_response_wrapper(group.margin_available_inventory)
        self.margin_borrow_repay: Final = raw_response_wrapper(group.margin_borrow_repay)
        self.margin_borrow_repay_records: Final = raw_response_wrapper(group.margin_borrow_repay_records)
        self.margin_capital_flow: Final = raw_response_wrapper(group.margin_capital_flow)
        self.margin_delist_schedule: Final = raw_response_wrapper(group.margin_delist_schedule)
        self.margin_force_liquidation_record: Final = raw_response_wrapper(group.margin_force_liquidation_record)
        self.margin_interest_history: Final = raw_response_wrapper(group.margin_interest_history)
        self.margin_interest_rate_history: Final = raw_response_wrapper(group.margin_interest_rate_history)
        self.margin_limit_price_pairs: Final = raw_response_wrapper(group.margin_limit_price_pairs)
        self.margin_liquidation_loan: Final = raw_response_wrapper(group.margin_liquidation_loan)
        self.margin_liquidation_loan_repay_history: Final = raw_response_wrapper(
            group.margin_liquidation_loan_repay_history
        )
        self.margin_list_schedule: Final = raw_response_wrapper(group.margin_list_schedule)
        self.margin_manual_liquidation: Final = raw_response_wrapper(group.margin_manual_liquidation)
        self.margin_max_borrowable: Final = raw_response_wrapper(group.margin_max_borrowable)
        self.margin_max_transferable: Final = raw_response_wrapper(group.margin_max_transferable)
        self.margin_my_trades: Final = raw_response_wrapper(group.margin_my_trades)
        self.margin_next_hourly_interest_rate: Final = raw_response_wrapper(group.margin_next_hourly_interest_rate)
        self.margin_open_order_lists: Final = raw_response_wrapper(group.margin_open_order_lists)
        self.margin_open_orders: Final = raw_response_wrapper(group.margin_open_orders)
        self.margin_order_count_usage: Final = raw_response_wrapper(group.margin_order_count_usage)
        self.margin_prevented_matches: Final = raw_response_wrapper(group.margin_prevented_matches)
        self.margin_price_index: Final = raw_response_wrapper(group.margin_price_index)
        self.margin_restricted_assets: Final = raw_response_wrapper(group.margin_restricted_assets)
        self.margin_risk_based_liquidation_ratio: Final = raw_response_wrapper(
            group.margin_risk_based_liquidation_ratio
        )
        self.margin_small_liability_assets: Final = raw_response_wrapper(group.margin_small_liability_assets)
        self.margin_small_liability_exchange: Final = raw_response_wrapper(group.margin_small_liability_exchange)
        self.margin_small_liability_exchange_history: Final = raw_response_wrapper(
            group.margin_small_liability_exchange_history
        )
        self.margin_special_key: Final = raw_response_wrapper(group.margin_special_key)
        self.margin_special_key_list: Final = raw_response_wrapper(group.margin_special_key_list)
        self.margin_transfer_history: Final = raw_response_wrapper(group.margin_transfer_history)
        self.new_isolated_margin_listen_key: Final = raw_response_wrapper(group.new_isolated_margin_listen_key)
        self.new_margin_listen_key: Final = raw_response_wrapper(group.new_margin_listen_key)
        self.new_margin_listen_token: Final = raw_response_wrapper(group.new_margin_listen_token)
        self.new_margin_oco: Final = raw_response_wrapper(group.new_margin_oco)
        self.new_margin_oto: Final = raw_response_wrapper(group.new_margin_oto)
        self.new_margin_otoco: Final = raw_response_wrapper(group.new_margin_otoco)
        self.new_margin_risk_listen_key: Final = raw_response_wrapper(group.new_margin_risk_listen_key)
        self.query_margin_order: Final = raw_response_wrapper(group.query_margin_order)
        self.query_margin_order_list: Final = raw_response_wrapper(group.query_margin_order_list)
        self.repay_margin_liquidation_loan: Final = raw_response_wrapper(group.repay_margin_liquidation_loan)
        self.toggle_bnb_burn: Final = raw_response_wrapper(group.toggle_bnb_burn)

    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderFull]: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderResult]: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck]: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderFull]: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck]: ...
    @overload
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]: ...
    def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.margin.new_margin_order`, returning the whole `Response`."""
        method = raw_response_wrapper(self._group.new_margin_order)
        return method(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
            **options,
        )


class AsyncMarginWithRawResponse:
    """`margin` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncMargin) -> None:
        self._group = group
        self.adjust_cross_margin_max_leverage: Final = async_raw_response_wrapper(
            group.adjust_cross_margin_max_leverage
        )
        self.bnb_burn_status: Final = async_raw_response_wrapper(group.bnb_burn_status)
        self.cancel_all_margin_open_orders: Final = async_raw_response_wrapper(group.cancel_all_margin_open_orders)
        self.cancel_margin_order: Final = async_raw_response_wrapper(group.cancel_margin_order)
        self.cancel_margin_order_list: Final = async_raw_response_wrapper(group.cancel_margin_order_list)
        self.close_isolated_margin_listen_key: Final = async_raw_response_wrapper(
            group.close_isolated_margin_listen_key
        )
        self.close_margin_listen_key: Final = async_raw_response_wrapper(group.close_margin_listen_key)
        self.close_margin_risk_listen_key: Final = async_raw_response_wrapper(group.close_margin_risk_listen_key)
        self.create_margin_special_key: Final = async_raw_response_wrapper(group.create_margin_special_key)
        self.cross_margin_collateral_ratio: Final = async_raw_response_wrapper(group.cross_margin_collateral_ratio)
        self.cross_margin_fee_data: Final = async_raw_response_wrapper(group.cross_margin_fee_data)
        self.cross_margin_leverage_bracket: Final = async_raw_response_wrapper(group.cross_margin_leverage_bracket)
        self.delete_margin_special_key: Final = async_raw_response_wrapper(group.delete_margin_special_key)
        self.disable_isolated_margin_account: Final = async_raw_response_wrapper(group.disable_isolated_margin_account)
        self.edit_margin_special_key_ip: Final = async_raw_response_wrapper(group.edit_margin_special_key_ip)
        self.enable_isolated_margin_account: Final = async_raw_response_wrapper(group.enable_isolated_margin_account)
        self.exit_margin_special_key_mode: Final = async_raw_response_wrapper(group.exit_margin_special_key_mode)
        self.isolated_margin_account: Final = async_raw_response_wrapper(group.isolated_margin_account)
        self.isolated_margin_account_limit: Final = async_raw_response_wrapper(group.isolated_margin_account_limit)
        self.isolated_margin_all_pairs: Final = async_raw_response_wrapper(group.isolated_margin_all_pairs)
        self.isolated_margin_fee_data: Final = async_raw_response_wrapper(group.isolated_margin_fee_data)
        self.isolated_margin_tier_data: Final = async_raw_response_wrapper(group.isolated_margin_tier_data)
        self.keep_alive_isolated_margin_listen_key: Final = async_raw_response_wrapper(
            group.keep_alive_isolated_margin_listen_key
        )
        self.keep_alive_margin_listen_key: Final = async_raw_response_wrapper(group.keep_alive_margin_listen_key)
        self.keep_alive_margin_risk_listen_key: Final = async_raw_response_wrapper(
            group.keep_alive_margin_risk_listen_key
        )
        self.margin_account: Final = async_raw_response_wrapper(group.margin_account)
        self.margin_account_summary: Final = async_raw_response_wrapper(group.margin_account_summary)
        self.margin_all_assets: Final = async_raw_response_wrapper(group.margin_all_assets)
        self.margin_all_order_lists: Final = async_raw_response_wrapper(group.margin_all_order_lists)
        self.margin_all_orders: Final = async_raw_response_wrapper(group.margin_all_orders)
        self.margin_all_pairs: Final = async_raw_response_wrapper(group.margin_all_pairs)
        self.margin_available_inventory: Final = async_raw_response_wrapper(group.margin_available_inventory)
        self.margin_borrow_repay: Final = async_raw_response_wrapper(group.margin_borrow_repay)
        self.margin_borrow_repay_records: Final = async_raw_response_wrapper(group.margin_borrow_repay_records)
        self.margin_capital_flow: Final = async_raw_response_wrapper(group.margin_capital_flow)
        self.margin_delist_schedule: Final = async_raw_response_wrapper(group.margin_delist_schedule)
        self.margin_force_liquidation_record: Final = async_raw_response_wrapper(group.margin_force_liquidation_record)
        self.margin_interest_history: Final = async_raw_response_wrapper(group.margin_interest_history)
        self.margin_interest_rate_history: Final = async_raw_response_wrapper(group.margin_interest_rate_history)
        self.margin_limit_price_pairs: Final = async_raw_response_wrapper(group.margin_limit_price_pairs)
        self.margin_liquidation_loan: Final = async_raw_response_wrapper(group.margin_liquidation_loan)
        self.margin_liquidation_loan_repay_history: Final = async_raw_response_wrapper(
            group.margin_liquidation_loan_repay_history
        )
        self.margin_list_schedule: Final = async_raw_response_wrapper(group.margin_list_schedule)
        self.margin_manual_liquidation: Final = async_raw_response_wrapper(group.margin_manual_liquidation)
        self.margin_max_borrowable: Final = async_raw_response_wrapper(group.margin_max_borrowable)
        self.margin_max_transferable: Final = async_raw_response_wrapper(group.margin_max_transferable)
        self.margin_my_trades: Final = async_raw_response_wrapper(group.margin_my_trades)
        self.margin_next_hourly_interest_rate: Final = async_raw_response_wrapper(
            group.margin_next_hourly_interest_rate
        )
        self.margin_open_order_lists: Final = async_raw_response_wrapper(group.margin_open_order_lists)
        self.margin_open_orders: Final = async_raw_response_wrapper(group.margin_open_orders)
        self.margin_order_count_usage: Final = async_raw_response_wrapper(group.margin_order_count_usage)
        self.margin_prevented_matches: Final = async_raw_response_wrapper(group.margin_prevented_matches)
        self.margin_price_index: Final = async_raw_response_wrapper(group.margin_price_index)
        self.margin_restricted_assets: Final = async_raw_response_wrapper(group.margin_restricted_assets)
        self.margin_risk_based_liquidation_ratio: Final = async_raw_response_wrapper(
            group.margin_risk_based_liquidation_ratio
        )
        self.margin_small_liability_assets: Final = async_raw_response_wrapper(group.margin_small_liability_assets)
        self.margin_small_liability_exchange: Final = async_raw_response_wrapper(group.margin_small_liability_exchange)
        self.margin_small_liability_exchange_history: Final = async_raw_response_wrapper(
            group.margin_small_liability_exchange_history
        )
        self.margin_special_key: Final = async_raw_response_wrapper(group.margin_special_key)
        self.margin_special_key_list: Final = async_raw_response_wrapper(group.margin_special_key_list)
        self.margin_transfer_history: Final = async_raw_response_wrapper(group.margin_transfer_history)
        self.new_isolated_margin_listen_key: Final = async_raw_response_wrapper(group.new_isolated_margin_listen_key)
        self.new_margin_listen_key: Final = async_raw_response_wrapper(group.new_margin_listen_key)
        self.new_margin_listen_token: Final = async_raw_response_wrapper(group.new_margin_listen_token)
        self.new_margin_oco: Final = async_raw_response_wrapper(group.new_margin_oco)
        self.new_margin_oto: Final = async_raw_response_wrapper(group.new_margin_oto)
        self.new_margin_otoco: Final = async_raw_response_wrapper(group.new_margin_otoco)
        self.new_margin_risk_listen_key: Final = async_raw_response_wrapper(group.new_margin_risk_listen_key)
        self.query_margin_order: Final = async_raw_response_wrapper(group.query_margin_order)
        self.query_margin_order_list: Final = async_raw_response_wrapper(group.query_margin_order_list)
        self.repay_margin_liquidation_loan: Final = async_raw_response_wrapper(group.repay_margin_liquidation_loan)
        self.toggle_bnb_burn: Final = async_raw_response_wrapper(group.toggle_bnb_burn)

    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.FULL, "FULL"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderFull]: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.RESULT, "RESULT"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderResult]: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: Literal[OrderResponseType.ACK, "ACK"],
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck]: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[OrderType.MARKET, OrderType.LIMIT, "MARKET", "LIMIT"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderFull]: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: Literal[
            OrderType.STOP_LOSS,
            OrderType.STOP_LOSS_LIMIT,
            OrderType.TAKE_PROFIT,
            OrderType.TAKE_PROFIT_LIMIT,
            OrderType.LIMIT_MAKER,
            "STOP_LOSS",
            "STOP_LOSS_LIMIT",
            "TAKE_PROFIT",
            "TAKE_PROFIT_LIMIT",
            "LIMIT_MAKER",
        ],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck]: ...
    @overload
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[MarginNewOrderAck | MarginNewOrderFull | MarginNewOrderResult]: ...
    async def new_margin_order(
        self,
        symbol: str,
        side: OrderSide | Literal["BUY", "SELL"],
        type: OrderType
        | Literal["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"],
        *,
        is_isolated: MarginIsolatedFlag | Literal["TRUE", "FALSE"] | None = None,
        quantity: DecimalLike | None = None,
        quote_order_qty: DecimalLike | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        new_client_order_id: str | None = None,
        iceberg_qty: DecimalLike | None = None,
        new_order_resp_type: OrderResponseType | Literal["ACK", "RESULT", "FULL"] | None = None,
        side_effect_type: MarginSideEffectType
        | Literal["NO_SIDE_EFFECT", "MARGIN_BUY", "AUTO_REPAY", "AUTO_BORROW_REPAY"]
        | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        self_trade_prevention_mode: SelfTradePreventionMode
        | Literal["NONE", "EXPIRE_MAKER", "EXPIRE_TAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"]
        | None = None,
        trailing_delta: int | None = None,
        auto_repay_at_cancel: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Response[Any]:
        """`Spot.margin.new_margin_order`, returning the whole `Response`."""
        method = async_raw_response_wrapper(self._group.new_margin_order)
        return await method(
            symbol=symbol,
            is_isolated=is_isolated,
            side=side,
            type=type,
            quantity=quantity,
            quote_order_qty=quote_order_qty,
            price=price,
            stop_price=stop_price,
            new_client_order_id=new_client_order_id,
            iceberg_qty=iceberg_qty,
            new_order_resp_type=new_order_resp_type,
            side_effect_type=side_effect_type,
            time_in_force=time_in_force,
            self_trade_prevention_mode=self_trade_prevention_mode,
            trailing_delta=trailing_delta,
            auto_repay_at_cancel=auto_repay_at_cancel,
            **options,
        )


__all__ = ["AsyncMargin", "AsyncMarginWithRawResponse", "Margin", "MarginWithRawResponse"]
