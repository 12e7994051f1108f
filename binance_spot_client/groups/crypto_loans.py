"""The `crypto_loans` operations of the /sapi surface, reached as `client.crypto_loans`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.crypto_loans import AsyncCryptoLoansPaging, CryptoLoansPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    DurationLike,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.crypto_loans_flexible_borrow_history import CryptoLoansFlexibleBorrowHistory
    from ..models.crypto_loans_flexible_borrow_result import CryptoLoansFlexibleBorrowResult
    from ..models.crypto_loans_flexible_collateral_assets import CryptoLoansFlexibleCollateralAssets
    from ..models.crypto_loans_flexible_collateral_repay_rate import CryptoLoansFlexibleCollateralRepayRate
    from ..models.crypto_loans_flexible_interest_rate_history import CryptoLoansFlexibleInterestRateHistory
    from ..models.crypto_loans_flexible_liquidation_history import CryptoLoansFlexibleLiquidationHistory
    from ..models.crypto_loans_flexible_loanable_assets import CryptoLoansFlexibleLoanableAssets
    from ..models.crypto_loans_flexible_ltv_adjust_result import CryptoLoansFlexibleLtvAdjustResult
    from ..models.crypto_loans_flexible_ltv_adjustment_history import CryptoLoansFlexibleLtvAdjustmentHistory
    from ..models.crypto_loans_flexible_ongoing_orders import CryptoLoansFlexibleOngoingOrders
    from ..models.crypto_loans_flexible_repay_history import CryptoLoansFlexibleRepayHistory
    from ..models.crypto_loans_flexible_repay_result import CryptoLoansFlexibleRepayResult
    from ..models.crypto_loans_income import CryptoLoansIncome
    from ..models.crypto_loans_income_type import CryptoLoansIncomeType
    from ..models.crypto_loans_ltv_direction import CryptoLoansLtvDirection
    from ..models.crypto_loans_stable_borrow_history import CryptoLoansStableBorrowHistory
    from ..models.crypto_loans_stable_borrow_result import CryptoLoansStableBorrowResult
    from ..models.crypto_loans_stable_collateral_assets import CryptoLoansStableCollateralAssets
    from ..models.crypto_loans_stable_collateral_repay_rate import CryptoLoansStableCollateralRepayRate
    from ..models.crypto_loans_stable_loanable_assets import CryptoLoansStableLoanableAssets
    from ..models.crypto_loans_stable_ltv_adjust_result import CryptoLoansStableLtvAdjustResult
    from ..models.crypto_loans_stable_ltv_adjustment_history import CryptoLoansStableLtvAdjustmentHistory
    from ..models.crypto_loans_stable_margin_calls import CryptoLoansStableMarginCalls
    from ..models.crypto_loans_stable_ongoing_orders import CryptoLoansStableOngoingOrders
    from ..models.crypto_loans_stable_repay_history import CryptoLoansStableRepayHistory
    from ..models.crypto_loans_stable_repay_pending import CryptoLoansStableRepayPending
    from ..models.crypto_loans_stable_repay_result import CryptoLoansStableRepayResult


DecimalLike = str | int | float | Decimal


class CryptoLoans(CryptoLoansPaging):
    """`crypto_loans` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    @former_keywords({"type_": "type"})
    def crypto_loan_income_history(
        self,
        *,
        asset: str | None = None,
        type: CryptoLoansIncomeType
        | Literal[
            "borrowIn",
            "collateralSpent",
            "repayAmount",
            "collateralReturn",
            "addCollateral",
            "removeCollateral",
            "collateralReturnAfterLiquidation",
        ]
        | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[CryptoLoansIncome]:
        """Crypto loan asset movements.

        Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
        removed, used or returned). Without `start_time` and `end_time` the last 7 days are returned;
        the range may span at most 30 days.

        GET /sapi/v1/loan/income · security USER_DATA · weight 6000


        Args:
            asset: Only movements of this coin.
            type: Only movements of this kind; every kind when omitted.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            limit: Maximum number of rows (default 20, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[CryptoLoansIncome]
        """
        from ..api.crypto_loans import crypto_loan_income_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def flexible_loan_adjust_ltv(
        self,
        loan_coin: str,
        collateral_coin: str,
        adjustment_amount: DecimalLike,
        direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLtvAdjustResult:
        """Adjust a flexible-rate loan's LTV.

        Adds collateral to, or takes collateral out of, a flexible-rate crypto loan. The API key needs
        the Spot & Margin trading permission.

        POST /sapi/v2/loan/flexible/adjust/ltv · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan. Required.
            adjustment_amount: Collateral to add or take out. Required.
            direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleLtvAdjustResult
        """
        from ..api.crypto_loans import flexible_loan_adjust_ltv as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                adjustment_amount=adjustment_amount,
                direction=direction,
            ),
            options,
        )

    def flexible_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleBorrowResult:
        """Borrow at a flexible rate.

        Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
        `loan_amount` or `collateral_amount`, or both to choose the starting LTV yourself. Only master
        accounts can borrow.

        POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateral_amount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loan_amount` is not given.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleBorrowResult
        """
        from ..api.crypto_loans import flexible_loan_borrow as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
            ),
            options,
        )

    def flexible_loan_borrow_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleBorrowHistory:
        """Flexible-rate loan borrow history.

        Lists flexible-rate crypto loans taken since 2024-02-27 08:00 UTC (earlier ones live under the
        v1 path). Without `start_time` and `end_time` the last 90 days are returned; the range may span
        at most 180 days.

        GET /sapi/v2/loan/flexible/borrow/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleBorrowHistory
        """
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def flexible_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleCollateralAssets:
        """Flexible-rate collateral coins.

        Gives the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
        flexible-rate loans.

        GET /sapi/v2/loan/flexible/collateral/data · security USER_DATA · weight 400


        Args:
            collateral_coin: Only loans secured by this collateral coin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleCollateralAssets
        """
        from ..api.crypto_loans import flexible_loan_collateral_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
            ),
            options,
        )

    def flexible_loan_collateral_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        full_repayment: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan with its collateral.

        Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
        spending the borrowed coin. `repay_amount` is counted in the loan coin and is needed even for a
        full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

        POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
            repay_amount: Amount of the loan coin to pay back. Required.
            full_repayment: Whether to close the whole loan (default false: a partial repayment of `repay_amount`).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                full_repayment=full_repayment,
            ),
            options,
        )

    def flexible_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleCollateralRepayRate:
        """Collateral repayment rate, flexible-rate.

        Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
        collateral (`flexibleLoanRepay` with `repaymentType` 2).

        GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleCollateralRepayRate
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay_rate as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
            ),
            options,
        )

    def flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleInterestRateHistory:
        """Flexible-rate interest rate history.

        Lists past annualised interest rates of one coin for flexible-rate loans. Without `start_time`
        and `end_time` the last 90 days are returned; the range may span at most 90 days.

        GET /sapi/v2/loan/interestRateHistory · security USER_DATA · weight 400


        Args:
            coin: Coin to report on. Required.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleInterestRateHistory
        """
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

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

    def flexible_loan_liquidation_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLiquidationHistory:
        """Flexible-rate loan liquidation history.

        Lists liquidations of flexible-rate crypto loans: debt settled, collateral sold and returned,
        and the fee.

        GET /sapi/v2/loan/flexible/liquidation/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleLiquidationHistory
        """
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def flexible_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLoanableAssets:
        """Flexible-rate loanable coins.

        Gives the current interest rate and the borrow limits (in USD value) of coins that can be
        borrowed at a flexible rate.

        GET /sapi/v2/loan/flexible/loanable/data · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleLoanableAssets
        """
        from ..api.crypto_loans import flexible_loan_loanable_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
            ),
            options,
        )

    def flexible_loan_ltv_adjustment_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLtvAdjustmentHistory:
        """Flexible-rate loan LTV adjustment history.

        Lists collateral additions and removals on flexible-rate crypto loans made since 2024-02-27
        08:00 UTC. Without `start_time` and `end_time` the last 90 days are returned; the range may span
        at most 180 days.

        GET /sapi/v2/loan/flexible/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleLtvAdjustmentHistory
        """
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleOngoingOrders:
        """Ongoing flexible-rate loans.

        Lists the account's open flexible-rate crypto loans with their debt, collateral and current LTV.

        GET /sapi/v2/loan/flexible/ongoing/orders · security USER_DATA · weight 300


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleOngoingOrders
        """
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    def flexible_loan_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        collateral_return: bool | None = None,
        full_repayment: bool | None = None,
        repayment_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan.

        Repays part or all of a flexible-rate crypto loan, with the borrowed coin or with collateral.
        `repay_amount` is needed even for a full repayment.

        POST /sapi/v2/loan/flexible/repay · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan. Required.
            repay_amount: Amount of the borrowed coin to repay. Required.
            collateral_return: Whether collateral no longer needed goes back to the account (default true) or stays in
                the loan, lowering its LTV.
            full_repayment: Whether to repay the whole loan (default false: a partial repayment of `repay_amount`).
            repayment_type: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_repay as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                collateral_return=collateral_return,
                full_repayment=full_repayment,
                repayment_type=repayment_type,
            ),
            options,
        )

    def flexible_loan_repay_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayHistory:
        """Flexible-rate loan repayment history.

        Lists repayments of flexible-rate crypto loans made since 2024-02-27 08:00 UTC. Without
        `start_time` and `end_time` the last 90 days are returned; the range may span at most 180 days.

        GET /sapi/v2/loan/flexible/repay/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansFlexibleRepayHistory
        """
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def stable_loan_adjust_ltv(
        self,
        order_id: int,
        amount: DecimalLike,
        direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLtvAdjustResult:
        """Adjust a stable-rate loan's LTV (retired).

        Added collateral to, or took collateral out of, a stable-rate crypto loan. Binance retired it on
        2024-11-05 together with the other stable-rate loan endpoints.

        POST /sapi/v1/loan/adjust/ltv · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Loan order to adjust. Required.
            amount: Collateral to add or take out. Required.
            direction: `ADDITIONAL` adds collateral, `REDUCED` takes it out. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableLtvAdjustResult
        """
        from ..api.crypto_loans import stable_loan_adjust_ltv as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
                direction=direction,
            ),
            options,
        )

    def stable_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        loan_term: DurationLike,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableBorrowResult:
        """Borrow at a stable rate (retired).

        Took a fixed-term crypto loan at a stable rate against collateral; give either `loan_amount` or
        `collateral_amount` and Binance derived the other. Binance retired it on 2024-11-05 together
        with the other stable-rate loan endpoints.

        POST /sapi/v1/loan/borrow · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateral_amount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loan_amount` is not given.
            loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableBorrowResult
        """
        from ..api.crypto_loans import stable_loan_borrow as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
                loan_term=loan_term,
            ),
            options,
        )

    def stable_loan_borrow_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableBorrowHistory:
        """Stable-rate loan borrow history.

        Lists stable-rate (fixed-term) crypto loans taken by the account. Without `start_time` and
        `end_time` the last 90 days are returned; the range may span at most 180 days. Binance keeps
        this history query although stable-rate borrowing was retired.

        GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableBorrowHistory
        """
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def stable_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableCollateralAssets:
        """Stable-rate collateral coins (retired).

        Gave the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
        stable-rate loans. Binance retired it on 2024-11-05 together with the other stable-rate loan
        endpoints.

        GET /sapi/v1/loan/collateral/data · security USER_DATA · weight 400

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            collateral_coin: Only loans secured by this collateral coin.
            vip_level: VIP level to show the figures of; the account's own level when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableCollateralAssets
        """
        from ..api.crypto_loans import stable_loan_collateral_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
                vip_level=vip_level,
            ),
            options,
        )

    def stable_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableCollateralRepayRate:
        """Collateral repayment rate, stable-rate (retired).

        Quoted the collateral-to-loan-coin rate used when a stable-rate loan is repaid with collateral;
        a quote held for about 8 seconds.

        GET /sapi/v1/loan/repay/collateral/rate · security USER_DATA · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin. Required.
            repay_amount: Amount of the borrowed coin to repay. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableCollateralRepayRate
        """
        from ..api.crypto_loans import stable_loan_collateral_repay_rate as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
            ),
            options,
        )

    def stable_loan_customize_margin_call(
        self,
        margin_call: DecimalLike,
        *,
        order_id: int | None = None,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableMarginCalls:
        """Set a stable-rate loan's margin call (retired).

        Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
        order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
        the other stable-rate loan endpoints.

        POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Loan order to change; takes precedence over `collateral_coin` when both are sent.
            collateral_coin: Change every open loan secured by this coin; used when `order_id` is not sent.
            margin_call: New margin-call LTV. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableMarginCalls
        """
        from ..api.crypto_loans import stable_loan_customize_margin_call as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_coin=collateral_coin,
                margin_call=margin_call,
            ),
            options,
        )

    def stable_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLoanableAssets:
        """Stable-rate loanable coins (retired).

        Gave the interest rates by term and the borrow limits (in USD value) of coins that could be
        borrowed at a stable rate. Binance retired it on 2024-11-05 together with the other stable-rate
        loan endpoints.

        GET /sapi/v1/loan/loanable/data · security USER_DATA · weight 400

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            loan_coin: Only loans that borrow this coin.
            vip_level: VIP level to show the rates of; the account's own level when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableLoanableAssets
        """
        from ..api.crypto_loans import stable_loan_loanable_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                vip_level=vip_level,
            ),
            options,
        )

    def stable_loan_ltv_adjustment_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLtvAdjustmentHistory:
        """Stable-rate loan LTV adjustment history.

        Lists collateral additions and removals on stable-rate crypto loans. Without `start_time` and
        `end_time` the last 90 days are returned; the range may span at most 180 days. Binance keeps
        this history query although stable-rate loans were retired.

        GET /sapi/v1/loan/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            order_id: Only adjustments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableLtvAdjustmentHistory
        """
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    def stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableOngoingOrders:
        """Ongoing stable-rate loans (retired).

        Listed the account's open stable-rate crypto loans with their debt and LTV. Binance retired it
        on 2024-11-05 together with the other stable-rate loan endpoints.

        GET /sapi/v1/loan/ongoing/orders · security USER_DATA · weight 300

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableOngoingOrders
        """
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def stable_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        *,
        type: int | None = None,
        collateral_return: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
        """Repay a stable-rate loan (retired).

        Repaid part or all of a stable-rate crypto loan, with the borrowed coin or with collateral. The
        answer gave the remaining balances, or only the state while the repayment was still processing.
        Binance retired it on 2024-11-05 together with the other stable-rate loan endpoints.

        POST /sapi/v1/loan/repay · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Loan order to repay. Required.
            amount: Amount of the borrowed coin to repay. Required.
            type: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
                stays in the loan.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableRepayPending | CryptoLoansStableRepayResult
        """
        from ..api.crypto_loans import stable_loan_repay as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
                type=type,
                collateral_return=collateral_return,
            ),
            options,
        )

    def stable_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableRepayHistory:
        """Stable-rate loan repayment history.

        Lists repayments of stable-rate crypto loans. Without `start_time` and `end_time` the last 90
        days are returned; the range may span at most 180 days. Binance keeps this history query
        although stable-rate loans were retired.

        GET /sapi/v1/loan/repay/history · security USER_DATA · weight 400


        Args:
            order_id: Only repayments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            CryptoLoansStableRepayHistory
        """
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )


class AsyncCryptoLoans(AsyncCryptoLoansPaging):
    """`crypto_loans` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    @former_keywords({"type_": "type"})
    async def crypto_loan_income_history(
        self,
        *,
        asset: str | None = None,
        type: CryptoLoansIncomeType
        | Literal[
            "borrowIn",
            "collateralSpent",
            "repayAmount",
            "collateralReturn",
            "addCollateral",
            "removeCollateral",
            "collateralReturnAfterLiquidation",
        ]
        | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[CryptoLoansIncome]:
        """Crypto loan asset movements (the coroutine of `Spot.crypto_loans.crypto_loan_income_history`, which describes it)."""
        from ..api.crypto_loans import crypto_loan_income_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def flexible_loan_adjust_ltv(
        self,
        loan_coin: str,
        collateral_coin: str,
        adjustment_amount: DecimalLike,
        direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLtvAdjustResult:
        """Adjust a flexible-rate loan's LTV (the coroutine of `Spot.crypto_loans.flexible_loan_adjust_ltv`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_adjust_ltv as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                adjustment_amount=adjustment_amount,
                direction=direction,
            ),
            options,
        )

    async def flexible_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleBorrowResult:
        """Borrow at a flexible rate (the coroutine of `Spot.crypto_loans.flexible_loan_borrow`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_borrow as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
            ),
            options,
        )

    async def flexible_loan_borrow_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleBorrowHistory:
        """Flexible-rate loan borrow history (the coroutine of `Spot.crypto_loans.flexible_loan_borrow_history`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def flexible_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleCollateralAssets:
        """Flexible-rate collateral coins (the coroutine of `Spot.crypto_loans.flexible_loan_collateral_assets`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_collateral_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
            ),
            options,
        )

    async def flexible_loan_collateral_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        full_repayment: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan with its collateral (the coroutine of `Spot.crypto_loans.flexible_loan_collateral_repay`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_collateral_repay as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                full_repayment=full_repayment,
            ),
            options,
        )

    async def flexible_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleCollateralRepayRate:
        """Collateral repayment rate, flexible-rate (the coroutine of `Spot.crypto_loans.flexible_loan_collateral_repay_rate`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_collateral_repay_rate as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
            ),
            options,
        )

    async def flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleInterestRateHistory:
        """Flexible-rate interest rate history (the coroutine of `Spot.crypto_loans.flexible_loan_interest_rate_history`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

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

    async def flexible_loan_liquidation_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLiquidationHistory:
        """Flexible-rate loan liquidation history (the coroutine of `Spot.crypto_loans.flexible_loan_liquidation_history`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def flexible_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLoanableAssets:
        """Flexible-rate loanable coins (the coroutine of `Spot.crypto_loans.flexible_loan_loanable_assets`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_loanable_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
            ),
            options,
        )

    async def flexible_loan_ltv_adjustment_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleLtvAdjustmentHistory:
        """Flexible-rate loan LTV adjustment history (the coroutine of `Spot.crypto_loans.flexible_loan_ltv_adjustment_history`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleOngoingOrders:
        """Ongoing flexible-rate loans (the coroutine of `Spot.crypto_loans.flexible_loan_ongoing_orders`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def flexible_loan_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        collateral_return: bool | None = None,
        full_repayment: bool | None = None,
        repayment_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan (the coroutine of `Spot.crypto_loans.flexible_loan_repay`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_repay as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
                collateral_return=collateral_return,
                full_repayment=full_repayment,
                repayment_type=repayment_type,
            ),
            options,
        )

    async def flexible_loan_repay_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansFlexibleRepayHistory:
        """Flexible-rate loan repayment history (the coroutine of `Spot.crypto_loans.flexible_loan_repay_history`, which describes it)."""
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def stable_loan_adjust_ltv(
        self,
        order_id: int,
        amount: DecimalLike,
        direction: CryptoLoansLtvDirection | Literal["ADDITIONAL", "REDUCED"],
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLtvAdjustResult:
        """Adjust a stable-rate loan's LTV (retired) (the coroutine of `Spot.crypto_loans.stable_loan_adjust_ltv`, which describes it)."""
        from ..api.crypto_loans import stable_loan_adjust_ltv as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
                direction=direction,
            ),
            options,
        )

    async def stable_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        loan_term: DurationLike,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableBorrowResult:
        """Borrow at a stable rate (retired) (the coroutine of `Spot.crypto_loans.stable_loan_borrow`, which describes it)."""
        from ..api.crypto_loans import stable_loan_borrow as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                loan_amount=loan_amount,
                collateral_coin=collateral_coin,
                collateral_amount=collateral_amount,
                loan_term=loan_term,
            ),
            options,
        )

    async def stable_loan_borrow_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableBorrowHistory:
        """Stable-rate loan borrow history (the coroutine of `Spot.crypto_loans.stable_loan_borrow_history`, which describes it)."""
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def stable_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableCollateralAssets:
        """Stable-rate collateral coins (retired) (the coroutine of `Spot.crypto_loans.stable_loan_collateral_assets`, which describes it)."""
        from ..api.crypto_loans import stable_loan_collateral_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                collateral_coin=collateral_coin,
                vip_level=vip_level,
            ),
            options,
        )

    async def stable_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableCollateralRepayRate:
        """Collateral repayment rate, stable-rate (retired) (the coroutine of `Spot.crypto_loans.stable_loan_collateral_repay_rate`, which describes it)."""
        from ..api.crypto_loans import stable_loan_collateral_repay_rate as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                repay_amount=repay_amount,
            ),
            options,
        )

    async def stable_loan_customize_margin_call(
        self,
        margin_call: DecimalLike,
        *,
        order_id: int | None = None,
        collateral_coin: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableMarginCalls:
        """Set a stable-rate loan's margin call (retired) (the coroutine of `Spot.crypto_loans.stable_loan_customize_margin_call`, which describes it)."""
        from ..api.crypto_loans import stable_loan_customize_margin_call as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                collateral_coin=collateral_coin,
                margin_call=margin_call,
            ),
            options,
        )

    async def stable_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLoanableAssets:
        """Stable-rate loanable coins (retired) (the coroutine of `Spot.crypto_loans.stable_loan_loanable_assets`, which describes it)."""
        from ..api.crypto_loans import stable_loan_loanable_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                loan_coin=loan_coin,
                vip_level=vip_level,
            ),
            options,
        )

    async def stable_loan_ltv_adjustment_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableLtvAdjustmentHistory:
        """Stable-rate loan LTV adjustment history (the coroutine of `Spot.crypto_loans.stable_loan_ltv_adjustment_history`, which describes it)."""
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )

    async def stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableOngoingOrders:
        """Ongoing stable-rate loans (retired) (the coroutine of `Spot.crypto_loans.stable_loan_ongoing_orders`, which describes it)."""
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                current=current,
                limit=limit,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def stable_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        *,
        type: int | None = None,
        collateral_return: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
        """Repay a stable-rate loan (retired) (the coroutine of `Spot.crypto_loans.stable_loan_repay`, which describes it)."""
        from ..api.crypto_loans import stable_loan_repay as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                amount=amount,
                type=type,
                collateral_return=collateral_return,
            ),
            options,
        )

    async def stable_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CryptoLoansStableRepayHistory:
        """Stable-rate loan repayment history (the coroutine of `Spot.crypto_loans.stable_loan_repay_history`, which describes it)."""
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                order_id=order_id,
                loan_coin=loan_coin,
                collateral_coin=collateral_coin,
                start_time=start_time,
                end_time=end_time,
                current=current,
                limit=limit,
            ),
            options,
        )


class CryptoLoansWithRawResponse:
    """`crypto_loans` operations, each returning the whole `Response`."""

    def __init__(self, group: CryptoLoans) -> None:
        self._group = group
        self.crypto_loan_income_history: Final = raw_response_wrapper(group.crypto_loan_income_history)
        self.flexible_loan_adjust_ltv: Final = raw_response_wrapper(group.flexible_loan_adjust_ltv)
        self.flexible_loan_borrow: Final = raw_response_wrapper(group.flexible_loan_borrow)
        self.flexible_loan_borrow_history: Final = raw_response_wrapper(group.flexible_loan_borrow_history)
        self.flexible_loan_collateral_assets: Final = raw_response_wrapper(group.flexible_loan_collateral_assets)
        self.flexible_loan_collateral_repay: Final = raw_response_wrapper(group.flexible_loan_collateral_repay)
        self.flexible_loan_collateral_repay_rate: Final = raw_response_wrapper(
            group.flexible_loan_collateral_repay_rate
        )
        self.flexible_loan_interest_rate_history: Final = raw_response_wrapper(
            group.flexible_loan_interest_rate_history
        )
        self.flexible_loan_liquidation_history: Final = raw_response_wrapper(group.flexible_loan_liquidation_history)
        self.flexible_loan_loanable_assets: Final = raw_response_wrapper(group.flexible_loan_loanable_assets)
        self.flexible_loan_ltv_adjustment_history: Final = raw_response_wrapper(
            group.flexible_loan_ltv_adjustment_history
        )
        self.flexible_loan_ongoing_orders: Final = raw_response_wrapper(group.flexible_loan_ongoing_orders)
        self.flexible_loan_repay: Final = raw_response_wrapper(group.flexible_loan_repay)
        self.flexible_loan_repay_history: Final = raw_response_wrapper(group.flexible_loan_repay_history)
        self.stable_loan_adjust_ltv: Final = raw_response_wrapper(group.stable_loan_adjust_ltv)
        self.stable_loan_borrow: Final = raw_response_wrapper(group.stable_loan_borrow)
        self.stable_loan_borrow_history: Final = raw_response_wrapper(group.stable_loan_borrow_history)
        self.stable_loan_collateral_assets: Final = raw_response_wrapper(group.stable_loan_collateral_assets)
        self.stable_loan_collateral_repay_rate: Final = raw_response_wrapper(group.stable_loan_collateral_repay_rate)
        self.stable_loan_customize_margin_call: Final = raw_response_wrapper(group.stable_loan_customize_margin_call)
        self.stable_loan_loanable_assets: Final = raw_response_wrapper(group.stable_loan_loanable_assets)
        self.stable_loan_ltv_adjustment_history: Final = raw_response_wrapper(group.stable_loan_ltv_adjustment_history)
        self.stable_loan_ongoing_orders: Final = raw_response_wrapper(group.stable_loan_ongoing_orders)
        self.stable_loan_repay: Final = raw_response_wrapper(group.stable_loan_repay)
        self.stable_loan_repay_history: Final = raw_response_wrapper(group.stable_loan_repay_history)


class AsyncCryptoLoansWithRawResponse:
    """`crypto_loans` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncCryptoLoans) -> None:
        self._group = group
        self.crypto_loan_income_history: Final = async_raw_response_wrapper(group.crypto_loan_income_history)
        self.flexible_loan_adjust_ltv: Final = async_raw_response_wrapper(group.flexible_loan_adjust_ltv)
        self.flexible_loan_borrow: Final = async_raw_response_wrapper(group.flexible_loan_borrow)
        self.flexible_loan_borrow_history: Final = async_raw_response_wrapper(group.flexible_loan_borrow_history)
        self.flexible_loan_collateral_assets: Final = async_raw_response_wrapper(group.flexible_loan_collateral_assets)
        self.flexible_loan_collateral_repay: Final = async_raw_response_wrapper(group.flexible_loan_collateral_repay)
        self.flexible_loan_collateral_repay_rate: Final = async_raw_response_wrapper(
            group.flexible_loan_collateral_repay_rate
        )
        self.flexible_loan_interest_rate_history: Final = async_raw_response_wrapper(
            group.flexible_loan_interest_rate_history
        )
        self.flexible_loan_liquidation_history: Final = async_raw_response_wrapper(
            group.flexible_loan_liquidation_history
        )
        self.flexible_loan_loanable_assets: Final = async_raw_response_wrapper(group.flexible_loan_loanable_assets)
        self.flexible_loan_ltv_adjustment_history: Final = async_raw_response_wrapper(
            group.flexible_loan_ltv_adjustment_history
        )
        self.flexible_loan_ongoing_orders: Final = async_raw_response_wrapper(group.flexible_loan_ongoing_orders)
        self.flexible_loan_repay: Final = async_raw_response_wrapper(group.flexible_loan_repay)
        self.flexible_loan_repay_history: Final = async_raw_response_wrapper(group.flexible_loan_repay_history)
        self.stable_loan_adjust_ltv: Final = async_raw_response_wrapper(group.stable_loan_adjust_ltv)
        self.stable_loan_borrow: Final = async_raw_response_wrapper(group.stable_loan_borrow)
        self.stable_loan_borrow_history: Final = async_raw_response_wrapper(group.stable_loan_borrow_history)
        self.stable_loan_collateral_assets: Final = async_raw_response_wrapper(group.stable_loan_collateral_assets)
        self.stable_loan_collateral_repay_rate: Final = async_raw_response_wrapper(
            group.stable_loan_collateral_repay_rate
        )
        self.stable_loan_customize_margin_call: Final = async_raw_response_wrapper(
            group.stable_loan_customize_margin_call
        )
        self.stable_loan_loanable_assets: Final = async_raw_response_wrapper(group.stable_loan_loanable_assets)
        self.stable_loan_ltv_adjustment_history: Final = async_raw_response_wrapper(
            group.stable_loan_ltv_adjustment_history
        )
        self.stable_loan_ongoing_orders: Final = async_raw_response_wrapper(group.stable_loan_ongoing_orders)
        self.stable_loan_repay: Final = async_raw_response_wrapper(group.stable_loan_repay)
        self.stable_loan_repay_history: Final = async_raw_response_wrapper(group.stable_loan_repay_history)


__all__ = ["AsyncCryptoLoans", "AsyncCryptoLoansWithRawResponse", "CryptoLoans", "CryptoLoansWithRawResponse"]
