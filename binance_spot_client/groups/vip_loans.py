"""The `vip_loans` operations of the /sapi surface, reached as `client.vip_loans`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.vip_loans import AsyncVipLoansPaging, VipLoansPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.vip_loans_accrued_interest_history import VipLoansAccruedInterestHistory
    from ..models.vip_loans_applications import VipLoansApplications
    from ..models.vip_loans_borrow_interest_rate import VipLoansBorrowInterestRate
    from ..models.vip_loans_borrow_result import VipLoansBorrowResult
    from ..models.vip_loans_collateral_accounts import VipLoansCollateralAccounts
    from ..models.vip_loans_collateral_assets import VipLoansCollateralAssets
    from ..models.vip_loans_fixed_rate_borrow_result import VipLoansFixedRateBorrowResult
    from ..models.vip_loans_fixed_rate_market import VipLoansFixedRateMarket
    from ..models.vip_loans_interest_rate_history import VipLoansInterestRateHistory
    from ..models.vip_loans_loanable_assets import VipLoansLoanableAssets
    from ..models.vip_loans_ongoing_orders import VipLoansOngoingOrders
    from ..models.vip_loans_renew_result import VipLoansRenewResult
    from ..models.vip_loans_repay_history import VipLoansRepayHistory
    from ..models.vip_loans_repay_result import VipLoansRepayResult


DecimalLike = str | int | float | Decimal


class VipLoans(VipLoansPaging):
    """`vip_loans` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def vip_loan_accrued_interest(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansAccruedInterestHistory:
        """VIP loan interest records.

        Lists the interest charged on VIP loans. Without `start_time` and `end_time` the last 90 days
        are returned; the range may span at most 90 days.

        GET /sapi/v1/loan/vip/accruedInterest · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansAccruedInterestHistory
        """
        from ..api.vip_loans import vip_loan_accrued_interest as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def vip_loan_application_status(
        self,
        *,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansApplications:
        """VIP loan applications.

        Lists the account's VIP loan applications and where each one stands.

        GET /sapi/v1/loan/vip/request/data · security USER_DATA · weight 400


        Args:
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansApplications
        """
        from ..api.vip_loans import vip_loan_application_status as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                current=current,
                limit=limit,
            ),
            options,
        )

    def vip_loan_borrow(
        self,
        loan_account_id: int,
        loan_coin: str,
        loan_amount: DecimalLike,
        collateral_account_id: str,
        collateral_coin: str,
        is_flexible_rate: bool,
        *,
        loan_term: DurationLike | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansBorrowResult:
        """Apply for a VIP loan.

        Applies for a VIP loan paid into `loan_account_id` and secured by the whole balance of the
        listed collateral accounts, at a flexible or a fixed rate; a fixed rate needs `loan_term`. Only
        master accounts can apply, and the loan and collateral accounts must belong to the same master
        account. Only VIP users can use VIP loans.

        POST /sapi/v1/loan/vip/borrow · security TRADE · weight 6000


        Args:
            loan_account_id: Account that receives the loan. Required.
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow. Required.
            collateral_account_id: Collateral account ids, comma-separated. Required.
            collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
            is_flexible_rate: True for a flexible rate, false for a fixed rate. Required.
            loan_term: Term in days (30 or 60); required for a fixed rate.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansBorrowResult
        """
        from ..api.vip_loans import vip_loan_borrow as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_account_id=loan_account_id,
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_account_id=collateral_account_id,
                collateral_coin=collateral_coin,
                is_flexible_rate=is_flexible_rate,
                loan_term=loan_term,
            ),
            options,
        )

    def vip_loan_borrow_interest_rates(
        self,
        loan_coin: str,
        **options: Unpack[CallOptions],
    ) -> list[VipLoansBorrowInterestRate]:
        """VIP loan borrow rates.

        Gives the current flexible borrow rate, daily and yearly, of up to 10 coins.

        GET /sapi/v1/loan/vip/request/interestRate · security USER_DATA · weight 400


        Args:
            loan_coin: Coins to report on, comma-separated (at most 10). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[VipLoansBorrowInterestRate]
        """
        from ..api.vip_loans import vip_loan_borrow_interest_rates as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
            ),
            options,
        )

    def vip_loan_collateral_accounts(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansCollateralAccounts:
        """VIP loan collateral accounts.

        Lists collateral accounts and the coins they hold as collateral. Called with the loan account's
        key it returns every collateral account of that loan account; with a collateral account's key,
        only that account. Only VIP users can use VIP loans.

        GET /sapi/v1/loan/vip/collateral/account · security USER_DATA · weight 6000


        Args:
            order_id: Only the collateral of this loan order.
            collateral_account_id: Only this collateral account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansCollateralAccounts
        """
        from ..api.vip_loans import vip_loan_collateral_accounts as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
            ),
            options,
        )

    def vip_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansCollateralAssets:
        """VIP collateral coins.

        Gives, for each coin accepted as VIP loan collateral, the tiers of collateral value and the
        share of the value counted in each tier.

        GET /sapi/v1/loan/vip/collateral/data · security USER_DATA · weight 400


        Args:
            collateral_coin: Only loans secured by this collateral coin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansCollateralAssets
        """
        from ..api.vip_loans import vip_loan_collateral_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
            ),
            options,
        )

    def vip_loan_fixed_rate_borrow(
        self,
        supply_request: str,
        borrow_coin: str,
        loan_term: DurationLike,
        borrow_uid: int,
        collateral_coin: str,
        collateral_account_id: str,
        *,
        auto_repay: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansFixedRateBorrowResult:
        """Borrow from the VIP fixed-rate market.

        Borrows at a fixed rate by taking supply orders of `vipLoanFixedRateMarket`; all the orders
        taken must be for the same coin and term. Binance allows 2 requests per second per account.

        POST /sapi/v1/loan/vip/fixed/borrow · security TRADE · weight 6000


        Args:
            supply_request: Supply orders to take, as `requestId:interestRate:amount` entries separated by `;` (for
                example `1212:0.12:100;3434:0.13:50`). Required.
            borrow_coin: Coin to borrow. Required.
            loan_term: Term in days (30 or 60). Required.
            borrow_uid: Account (UID) that receives the loan. Required.
            collateral_coin: Collateral coins, comma-separated (names only: the whole balance is pledged). Required.
            collateral_account_id: Collateral account ids, comma-separated. Required.
            auto_repay: Whether to repay automatically at expiry (default true); false turns the loan into a
                flexible one instead.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansFixedRateBorrowResult
        """
        from ..api.vip_loans import vip_loan_fixed_rate_borrow as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                supply_request=supply_request,
                borrow_coin=borrow_coin,
                loan_term=loan_term,
                borrow_uid=borrow_uid,
                collateral_coin=collateral_coin,
                collateral_account_id=collateral_account_id,
                auto_repay=auto_repay,
            ),
            options,
        )

    def vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansFixedRateMarket:
        """VIP fixed-rate market.

        Lists the fixed-rate supply orders a VIP borrower can take for one coin, optionally for one
        term, one page at a time.

        GET /sapi/v1/loan/vip/fixed/market · security USER_DATA · weight 6000


        Args:
            loan_coin: Coin to borrow. Required.
            duration: Only offers of this term, in days.
            current: Page to return, counted from 1 (default 1).
            size: Rows per page (default 10, 1 to 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansFixedRateMarket
        """
        from ..api.vip_loans import vip_loan_fixed_rate_market as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                duration=duration,
                current=current,
                size=size,
            ),
            options,
        )

    def vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansInterestRateHistory:
        """VIP loan interest rate history.

        Lists past annualised flexible rates of one coin for VIP loans. Without `start_time` and
        `end_time` the last 90 days are returned; the range may span at most 180 days.

        GET /sapi/v1/loan/vip/interestRateHistory · security USER_DATA · weight 400


        Args:
            coin: Coin to report on. Required.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansInterestRateHistory
        """
        from ..api.vip_loans import vip_loan_interest_rate_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def vip_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansLoanableAssets:
        """VIP loanable coins.

        Gives the flexible and fixed-term interest rates and the borrow limits (in USD value) of coins
        that can be borrowed as VIP loans.

        GET /sapi/v1/loan/vip/loanable/data · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            vip_level: VIP level to show the rates of; the account's own level when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansLoanableAssets
        """
        from ..api.vip_loans import vip_loan_loanable_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                vip_level=vip_level,
            ),
            options,
        )

    def vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansOngoingOrders:
        """Ongoing VIP loans.

        Lists the account's open VIP loans with their debt, rate, collateral value and current LTV. Only
        VIP users can use VIP loans.

        GET /sapi/v1/loan/vip/ongoing/orders · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            collateral_account_id: Only loans secured by this collateral account.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansOngoingOrders
        """
        from ..api.vip_loans import vip_loan_ongoing_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    def vip_loan_renew(
        self,
        order_id: int,
        loan_term: DurationLike,
        **options: Unpack[CallOptions],
    ) -> VipLoansRenewResult:
        """Renew a VIP loan.

        Renews a fixed-rate VIP loan for a new term. Only VIP users can use VIP loans.

        POST /sapi/v1/loan/vip/renew · security TRADE · weight 6000


        Args:
            order_id: Loan order to renew. Required.
            loan_term: New term in days: 30 or 60. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansRenewResult
        """
        from ..api.vip_loans import vip_loan_renew as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_term=loan_term,
            ),
            options,
        )

    def vip_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> VipLoansRepayResult:
        """Repay a VIP loan.

        Repays part or all of a VIP loan with the borrowed coin. Only VIP users can use VIP loans.

        POST /sapi/v1/loan/vip/repay · security TRADE · weight 6000


        Args:
            order_id: Loan order to repay. Required.
            amount: Amount of the borrowed coin to repay. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansRepayResult
        """
        from ..api.vip_loans import vip_loan_repay as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
            ),
            options,
        )

    def vip_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansRepayHistory:
        """VIP loan repayment history.

        Lists repayments of VIP loans. Without `start_time` and `end_time` the last 90 days are
        returned; the range may span at most 180 days. Only VIP users can use VIP loans.

        GET /sapi/v1/loan/vip/repay/history · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            VipLoansRepayHistory
        """
        from ..api.vip_loans import vip_loan_repay_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )


class AsyncVipLoans(AsyncVipLoansPaging):
    """`vip_loans` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def vip_loan_accrued_interest(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansAccruedInterestHistory:
        """VIP loan interest records (the coroutine of `Spot.vip_loans.vip_loan_accrued_interest`, which describes it)."""
        from ..api.vip_loans import vip_loan_accrued_interest as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def vip_loan_application_status(
        self,
        *,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansApplications:
        """VIP loan applications (the coroutine of `Spot.vip_loans.vip_loan_application_status`, which describes it)."""
        from ..api.vip_loans import vip_loan_application_status as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                current=current,
                limit=limit,
            ),
            options,
        )

    async def vip_loan_borrow(
        self,
        loan_account_id: int,
        loan_coin: str,
        loan_amount: DecimalLike,
        collateral_account_id: str,
        collateral_coin: str,
        is_flexible_rate: bool,
        *,
        loan_term: DurationLike | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansBorrowResult:
        """Apply for a VIP loan (the coroutine of `Spot.vip_loans.vip_loan_borrow`, which describes it)."""
        from ..api.vip_loans import vip_loan_borrow as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_account_id=loan_account_id,
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_account_id=collateral_account_id,
                collateral_coin=collateral_coin,
                is_flexible_rate=is_flexible_rate,
                loan_term=loan_term,
            ),
            options,
        )

    async def vip_loan_borrow_interest_rates(
        self,
        loan_coin: str,
        **options: Unpack[CallOptions],
    ) -> list[VipLoansBorrowInterestRate]:
        """VIP loan borrow rates (the coroutine of `Spot.vip_loans.vip_loan_borrow_interest_rates`, which describes it)."""
        from ..api.vip_loans import vip_loan_borrow_interest_rates as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
            ),
            options,
        )

    async def vip_loan_collateral_accounts(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansCollateralAccounts:
        """VIP loan collateral accounts (the coroutine of `Spot.vip_loans.vip_loan_collateral_accounts`, which describes it)."""
        from ..api.vip_loans import vip_loan_collateral_accounts as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
            ),
            options,
        )

    async def vip_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansCollateralAssets:
        """VIP collateral coins (the coroutine of `Spot.vip_loans.vip_loan_collateral_assets`, which describes it)."""
        from ..api.vip_loans import vip_loan_collateral_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
            ),
            options,
        )

    async def vip_loan_fixed_rate_borrow(
        self,
        supply_request: str,
        borrow_coin: str,
        loan_term: DurationLike,
        borrow_uid: int,
        collateral_coin: str,
        collateral_account_id: str,
        *,
        auto_repay: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansFixedRateBorrowResult:
        """Borrow from the VIP fixed-rate market (the coroutine of `Spot.vip_loans.vip_loan_fixed_rate_borrow`, which describes it)."""
        from ..api.vip_loans import vip_loan_fixed_rate_borrow as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                supply_request=supply_request,
                borrow_coin=borrow_coin,
                loan_term=loan_term,
                borrow_uid=borrow_uid,
                collateral_coin=collateral_coin,
                collateral_account_id=collateral_account_id,
                auto_repay=auto_repay,
            ),
            options,
        )

    async def vip_loan_fixed_rate_market(
        self,
        loan_coin: str,
        *,
        duration: DurationLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansFixedRateMarket:
        """VIP fixed-rate market (the coroutine of `Spot.vip_loans.vip_loan_fixed_rate_market`, which describes it)."""
        from ..api.vip_loans import vip_loan_fixed_rate_market as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                duration=duration,
                current=current,
                size=size,
            ),
            options,
        )

    async def vip_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansInterestRateHistory:
        """VIP loan interest rate history (the coroutine of `Spot.vip_loans.vip_loan_interest_rate_history`, which describes it)."""
        from ..api.vip_loans import vip_loan_interest_rate_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def vip_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansLoanableAssets:
        """VIP loanable coins (the coroutine of `Spot.vip_loans.vip_loan_loanable_assets`, which describes it)."""
        from ..api.vip_loans import vip_loan_loanable_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                vip_level=vip_level,
            ),
            options,
        )

    async def vip_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        collateral_account_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansOngoingOrders:
        """Ongoing VIP loans (the coroutine of `Spot.vip_loans.vip_loan_ongoing_orders`, which describes it)."""
        from ..api.vip_loans import vip_loan_ongoing_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_account_id=collateral_account_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def vip_loan_renew(
        self,
        order_id: int,
        loan_term: DurationLike,
        **options: Unpack[CallOptions],
    ) -> VipLoansRenewResult:
        """Renew a VIP loan (the coroutine of `Spot.vip_loans.vip_loan_renew`, which describes it)."""
        from ..api.vip_loans import vip_loan_renew as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_term=loan_term,
            ),
            options,
        )

    async def vip_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> VipLoansRepayResult:
        """Repay a VIP loan (the coroutine of `Spot.vip_loans.vip_loan_repay`, which describes it)."""
        from ..api.vip_loans import vip_loan_repay as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
            ),
            options,
        )

    async def vip_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VipLoansRepayHistory:
        """VIP loan repayment history (the coroutine of `Spot.vip_loans.vip_loan_repay_history`, which describes it)."""
        from ..api.vip_loans import vip_loan_repay_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )


class VipLoansWithRawResponse:
    """`vip_loans` operations, each returning the whole `Response`."""

    def __init__(self, group: VipLoans) -> None:
        self._group = group
        self.vip_loan_accrued_interest: Final = raw_response_wrapper(group.vip_loan_accrued_interest)
        self.vip_loan_application_status: Final = raw_response_wrapper(group.vip_loan_application_status)
        self.vip_loan_borrow: Final = raw_response_wrapper(group.vip_loan_borrow)
        self.vip_loan_borrow_interest_rates: Final = raw_response_wrapper(group.vip_loan_borrow_interest_rates)
        self.vip_loan_collateral_accounts: Final = raw_response_wrapper(group.vip_loan_collateral_accounts)
        self.vip_loan_collateral_assets: Final = raw_response_wrapper(group.vip_loan_collateral_assets)
        self.vip_loan_fixed_rate_borrow: Final = raw_response_wrapper(group.vip_loan_fixed_rate_borrow)
        self.vip_loan_fixed_rate_market: Final = raw_response_wrapper(group.vip_loan_fixed_rate_market)
        self.vip_loan_interest_rate_history: Final = raw_response_wrapper(group.vip_loan_interest_rate_history)
        self.vip_loan_loanable_assets: Final = raw_response_wrapper(group.vip_loan_loanable_assets)
        self.vip_loan_ongoing_orders: Final = raw_response_wrapper(group.vip_loan_ongoing_orders)
        self.vip_loan_renew: Final = raw_response_wrapper(group.vip_loan_renew)
        self.vip_loan_repay: Final = raw_response_wrapper(group.vip_loan_repay)
        self.vip_loan_repay_history: Final = raw_response_wrapper(group.vip_loan_repay_history)


class AsyncVipLoansWithRawResponse:
    """`vip_loans` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncVipLoans) -> None:
        self._group = group
        self.vip_loan_accrued_interest: Final = async_raw_response_wrapper(group.vip_loan_accrued_interest)
        self.vip_loan_application_status: Final = async_raw_response_wrapper(group.vip_loan_application_status)
        self.vip_loan_borrow: Final = async_raw_response_wrapper(group.vip_loan_borrow)
        self.vip_loan_borrow_interest_rates: Final = async_raw_response_wrapper(group.vip_loan_borrow_interest_rates)
        self.vip_loan_collateral_accounts: Final = async_raw_response_wrapper(group.vip_loan_collateral_accounts)
        self.vip_loan_collateral_assets: Final = async_raw_response_wrapper(group.vip_loan_collateral_assets)
        self.vip_loan_fixed_rate_borrow: Final = async_raw_response_wrapper(group.vip_loan_fixed_rate_borrow)
        self.vip_loan_fixed_rate_market: Final = async_raw_response_wrapper(group.vip_loan_fixed_rate_market)
        self.vip_loan_interest_rate_history: Final = async_raw_response_wrapper(group.vip_loan_interest_rate_history)
        self.vip_loan_loanable_assets: Final = async_raw_response_wrapper(group.vip_loan_loanable_assets)
        self.vip_loan_ongoing_orders: Final = async_raw_response_wrapper(group.vip_loan_ongoing_orders)
        self.vip_loan_renew: Final = async_raw_response_wrapper(group.vip_loan_renew)
        self.vip_loan_repay: Final = async_raw_response_wrapper(group.vip_loan_repay)
        self.vip_loan_repay_history: Final = async_raw_response_wrapper(group.vip_loan_repay_history)


__all__ = ["AsyncVipLoans", "AsyncVipLoansWithRawResponse", "VipLoans", "VipLoansWithRawResponse"]
