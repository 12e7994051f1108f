"""The `crypto_loans` operations of the /sapi surface, reached as `client.crypto_loans`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..signing import AsyncSpotClient, RecvWindow, SpotClient

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


class CryptoLoans:
    """`crypto_loans` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def crypto_loan_income_history(
        self,
        *,
        asset: str | None = None,
        type_: CryptoLoansIncomeType | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[CryptoLoansIncome]:
        """Crypto loan asset movements.

        Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
        removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
        range may span at most 30 days.

        GET /sapi/v1/loan/income · security USER_DATA · weight 6000


        Args:
            asset: Only movements of this coin.
            type_: Only movements of this kind; every kind when omitted.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            limit: Maximum number of rows (default 20, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[CryptoLoansIncome]
        """
        from ..api.crypto_loans import crypto_loan_income_history as _operation

        return _operation.sync(
            client=self._client,
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_adjust_ltv(
        self,
        loan_coin: str,
        collateral_coin: str,
        adjustment_amount: DecimalLike,
        direction: CryptoLoansLtvDirection | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLtvAdjustResult
        """
        from ..api.crypto_loans import flexible_loan_adjust_ltv as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleBorrowResult:
        """Borrow at a flexible rate.

        Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
        `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
        accounts can borrow.

        POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleBorrowResult
        """
        from ..api.crypto_loans import flexible_loan_borrow as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_borrow_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleBorrowHistory:
        """Flexible-rate loan borrow history.

        Lists flexible-rate crypto loans taken since 2024-02-27 08:00 UTC (earlier ones live under the
        v1 path). Without `startTime` and `endTime` the last 90 days are returned; the range may span at
        most 180 days.

        GET /sapi/v2/loan/flexible/borrow/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleBorrowHistory
        """
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleCollateralAssets:
        """Flexible-rate collateral coins.

        Gives the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
        flexible-rate loans.

        GET /sapi/v2/loan/flexible/collateral/data · security USER_DATA · weight 400


        Args:
            collateral_coin: Only loans secured by this collateral coin.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleCollateralAssets
        """
        from ..api.crypto_loans import flexible_loan_collateral_assets as _operation

        return _operation.sync(
            client=self._client,
            collateral_coin=collateral_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_collateral_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        full_repayment: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan with its collateral.

        Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
        spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
        full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

        POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
            repay_amount: Amount of the loan coin to pay back. Required.
            full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            full_repayment=full_repayment,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleCollateralRepayRate:
        """Collateral repayment rate, flexible-rate.

        Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
        collateral (`flexibleLoanRepay` with `repaymentType` 2).

        GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleCollateralRepayRate
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay_rate as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleInterestRateHistory:
        """Flexible-rate interest rate history.

        Lists past annualised interest rates of one coin for flexible-rate loans. Without `startTime`
        and `endTime` the last 90 days are returned; the range may span at most 90 days.

        GET /sapi/v2/loan/interestRateHistory · security USER_DATA · weight 400


        Args:
            coin: Coin to report on. Required.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleInterestRateHistory
        """
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

        return _operation.sync(
            client=self._client,
            coin=coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_liquidation_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLiquidationHistory
        """
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleLoanableAssets:
        """Flexible-rate loanable coins.

        Gives the current interest rate and the borrow limits (in USD value) of coins that can be
        borrowed at a flexible rate.

        GET /sapi/v2/loan/flexible/loanable/data · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLoanableAssets
        """
        from ..api.crypto_loans import flexible_loan_loanable_assets as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_ltv_adjustment_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleLtvAdjustmentHistory:
        """Flexible-rate loan LTV adjustment history.

        Lists collateral additions and removals on flexible-rate crypto loans made since 2024-02-27
        08:00 UTC. Without `startTime` and `endTime` the last 90 days are returned; the range may span
        at most 180 days.

        GET /sapi/v2/loan/flexible/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLtvAdjustmentHistory
        """
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleOngoingOrders:
        """Ongoing flexible-rate loans.

        Lists the account's open flexible-rate crypto loans with their debt, collateral and current LTV.

        GET /sapi/v2/loan/flexible/ongoing/orders · security USER_DATA · weight 300


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleOngoingOrders
        """
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan.

        Repays part or all of a flexible-rate crypto loan, with the borrowed coin or with collateral.
        `repayAmount` is needed even for a full repayment.

        POST /sapi/v2/loan/flexible/repay · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan. Required.
            repay_amount: Amount of the borrowed coin to repay. Required.
            collateral_return: Whether collateral no longer needed goes back to the account (default true) or stays in
                the loan, lowering its LTV.
            full_repayment: Whether to repay the whole loan (default false: a partial repayment of `repayAmount`).
            repayment_type: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_repay as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
            recv_window=recv_window,
            timeout=timeout,
        )

    def flexible_loan_repay_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayHistory:
        """Flexible-rate loan repayment history.

        Lists repayments of flexible-rate crypto loans made since 2024-02-27 08:00 UTC. Without
        `startTime` and `endTime` the last 90 days are returned; the range may span at most 180 days.

        GET /sapi/v2/loan/flexible/repay/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayHistory
        """
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_adjust_ltv(
        self,
        order_id: int,
        amount: DecimalLike,
        direction: CryptoLoansLtvDirection | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLtvAdjustResult
        """
        from ..api.crypto_loans import stable_loan_adjust_ltv as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            amount=amount,
            direction=direction,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        loan_term: int,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableBorrowResult:
        """Borrow at a stable rate (retired).

        Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
        `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
        the other stable-rate loan endpoints.

        POST /sapi/v1/loan/borrow · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
            loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableBorrowResult
        """
        from ..api.crypto_loans import stable_loan_borrow as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_borrow_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableBorrowHistory:
        """Stable-rate loan borrow history.

        Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
        `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
        history query although stable-rate borrowing was retired.

        GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableBorrowHistory
        """
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        vip_level: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableCollateralAssets
        """
        from ..api.crypto_loans import stable_loan_collateral_assets as _operation

        return _operation.sync(
            client=self._client,
            collateral_coin=collateral_coin,
            vip_level=vip_level,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableCollateralRepayRate
        """
        from ..api.crypto_loans import stable_loan_collateral_repay_rate as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_customize_margin_call(
        self,
        margin_call: DecimalLike,
        *,
        order_id: int | None = None,
        collateral_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableMarginCalls:
        """Set a stable-rate loan's margin call (retired).

        Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
        order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
        the other stable-rate loan endpoints.

        POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
            collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
            margin_call: New margin-call LTV. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableMarginCalls
        """
        from ..api.crypto_loans import stable_loan_customize_margin_call as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLoanableAssets
        """
        from ..api.crypto_loans import stable_loan_loanable_assets as _operation

        return _operation.sync(
            client=self._client,
            loan_coin=loan_coin,
            vip_level=vip_level,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_ltv_adjustment_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableLtvAdjustmentHistory:
        """Stable-rate loan LTV adjustment history.

        Lists collateral additions and removals on stable-rate crypto loans. Without `startTime` and
        `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
        history query although stable-rate loans were retired.

        GET /sapi/v1/loan/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            order_id: Only adjustments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLtvAdjustmentHistory
        """
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableOngoingOrders
        """
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        *,
        type_: int | None = None,
        collateral_return: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
                stays in the loan.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableRepayPending | CryptoLoansStableRepayResult
        """
        from ..api.crypto_loans import stable_loan_repay as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            amount=amount,
            type_=type_,
            collateral_return=collateral_return,
            recv_window=recv_window,
            timeout=timeout,
        )

    def stable_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableRepayHistory:
        """Stable-rate loan repayment history.

        Lists repayments of stable-rate crypto loans. Without `startTime` and `endTime` the last 90 days
        are returned; the range may span at most 180 days. Binance keeps this history query although
        stable-rate loans were retired.

        GET /sapi/v1/loan/repay/history · security USER_DATA · weight 400


        Args:
            order_id: Only repayments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableRepayHistory
        """
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        return _operation.sync(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )


class AsyncCryptoLoans:
    """`crypto_loans` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def crypto_loan_income_history(
        self,
        *,
        asset: str | None = None,
        type_: CryptoLoansIncomeType | str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> list[CryptoLoansIncome]:
        """Crypto loan asset movements.

        Lists the asset movements caused by crypto loans (coins borrowed, repaid, collateral added,
        removed, used or returned). Without `startTime` and `endTime` the last 7 days are returned; the
        range may span at most 30 days.

        GET /sapi/v1/loan/income · security USER_DATA · weight 6000


        Args:
            asset: Only movements of this coin.
            type_: Only movements of this kind; every kind when omitted.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            limit: Maximum number of rows (default 20, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            list[CryptoLoansIncome]
        """
        from ..api.crypto_loans import crypto_loan_income_history as _operation

        return await _operation.asyncio(
            client=self._client,
            asset=asset,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_adjust_ltv(
        self,
        loan_coin: str,
        collateral_coin: str,
        adjustment_amount: DecimalLike,
        direction: CryptoLoansLtvDirection | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLtvAdjustResult
        """
        from ..api.crypto_loans import flexible_loan_adjust_ltv as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            adjustment_amount=adjustment_amount,
            direction=direction,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleBorrowResult:
        """Borrow at a flexible rate.

        Takes an open-ended crypto loan at a flexible (floating) rate against collateral. Give
        `loanAmount` or `collateralAmount`, or both to choose the starting LTV yourself. Only master
        accounts can borrow.

        POST /sapi/v2/loan/flexible/borrow · security TRADE · weight 6000


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleBorrowResult
        """
        from ..api.crypto_loans import flexible_loan_borrow as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_borrow_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleBorrowHistory:
        """Flexible-rate loan borrow history.

        Lists flexible-rate crypto loans taken since 2024-02-27 08:00 UTC (earlier ones live under the
        v1 path). Without `startTime` and `endTime` the last 90 days are returned; the range may span at
        most 180 days.

        GET /sapi/v2/loan/flexible/borrow/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleBorrowHistory
        """
        from ..api.crypto_loans import flexible_loan_borrow_history as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleCollateralAssets:
        """Flexible-rate collateral coins.

        Gives the LTV thresholds and collateral limit (in USD value) of coins accepted as collateral for
        flexible-rate loans.

        GET /sapi/v2/loan/flexible/collateral/data · security USER_DATA · weight 400


        Args:
            collateral_coin: Only loans secured by this collateral coin.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleCollateralAssets
        """
        from ..api.crypto_loans import flexible_loan_collateral_assets as _operation

        return await _operation.asyncio(
            client=self._client,
            collateral_coin=collateral_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_collateral_repay(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        full_repayment: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan with its collateral.

        Pays down a flexible-rate crypto loan by selling part of the pledged collateral instead of
        spending the borrowed coin. `repayAmount` is counted in the loan coin and is needed even for a
        full repayment. The rate applied can be previewed with `flexibleLoanCollateralRepayRate`.

        POST /sapi/v2/loan/flexible/repay/collateral · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan, the one sold to repay it. Required.
            repay_amount: Amount of the loan coin to pay back. Required.
            full_repayment: Whether to close the whole loan (default false: a partial repayment of `repayAmount`).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            full_repayment=full_repayment,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleCollateralRepayRate:
        """Collateral repayment rate, flexible-rate.

        Quotes the latest collateral-to-loan-coin rate used when a flexible-rate loan is repaid with
        collateral (`flexibleLoanRepay` with `repaymentType` 2).

        GET /sapi/v2/loan/flexible/repay/rate · security USER_DATA · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleCollateralRepayRate
        """
        from ..api.crypto_loans import flexible_loan_collateral_repay_rate as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_interest_rate_history(
        self,
        coin: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleInterestRateHistory:
        """Flexible-rate interest rate history.

        Lists past annualised interest rates of one coin for flexible-rate loans. Without `startTime`
        and `endTime` the last 90 days are returned; the range may span at most 90 days.

        GET /sapi/v2/loan/interestRateHistory · security USER_DATA · weight 400


        Args:
            coin: Coin to report on. Required.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleInterestRateHistory
        """
        from ..api.crypto_loans import flexible_loan_interest_rate_history as _operation

        return await _operation.asyncio(
            client=self._client,
            coin=coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_liquidation_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLiquidationHistory
        """
        from ..api.crypto_loans import flexible_loan_liquidation_history as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleLoanableAssets:
        """Flexible-rate loanable coins.

        Gives the current interest rate and the borrow limits (in USD value) of coins that can be
        borrowed at a flexible rate.

        GET /sapi/v2/loan/flexible/loanable/data · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLoanableAssets
        """
        from ..api.crypto_loans import flexible_loan_loanable_assets as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_ltv_adjustment_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleLtvAdjustmentHistory:
        """Flexible-rate loan LTV adjustment history.

        Lists collateral additions and removals on flexible-rate crypto loans made since 2024-02-27
        08:00 UTC. Without `startTime` and `endTime` the last 90 days are returned; the range may span
        at most 180 days.

        GET /sapi/v2/loan/flexible/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleLtvAdjustmentHistory
        """
        from ..api.crypto_loans import flexible_loan_ltv_adjustment_history as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_ongoing_orders(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleOngoingOrders:
        """Ongoing flexible-rate loans.

        Lists the account's open flexible-rate crypto loans with their debt, collateral and current LTV.

        GET /sapi/v2/loan/flexible/ongoing/orders · security USER_DATA · weight 300


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleOngoingOrders
        """
        from ..api.crypto_loans import flexible_loan_ongoing_orders as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
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
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayResult:
        """Repay a flexible-rate loan.

        Repays part or all of a flexible-rate crypto loan, with the borrowed coin or with collateral.
        `repayAmount` is needed even for a full repayment.

        POST /sapi/v2/loan/flexible/repay · security TRADE · weight 6000


        Args:
            loan_coin: Coin of the loan. Required.
            collateral_coin: Collateral coin of the loan. Required.
            repay_amount: Amount of the borrowed coin to repay. Required.
            collateral_return: Whether collateral no longer needed goes back to the account (default true) or stays in
                the loan, lowering its LTV.
            full_repayment: Whether to repay the whole loan (default false: a partial repayment of `repayAmount`).
            repayment_type: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayResult
        """
        from ..api.crypto_loans import flexible_loan_repay as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            collateral_return=collateral_return,
            full_repayment=full_repayment,
            repayment_type=repayment_type,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def flexible_loan_repay_history(
        self,
        *,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansFlexibleRepayHistory:
        """Flexible-rate loan repayment history.

        Lists repayments of flexible-rate crypto loans made since 2024-02-27 08:00 UTC. Without
        `startTime` and `endTime` the last 90 days are returned; the range may span at most 180 days.

        GET /sapi/v2/loan/flexible/repay/history · security USER_DATA · weight 400


        Args:
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansFlexibleRepayHistory
        """
        from ..api.crypto_loans import flexible_loan_repay_history as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_adjust_ltv(
        self,
        order_id: int,
        amount: DecimalLike,
        direction: CryptoLoansLtvDirection | str,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLtvAdjustResult
        """
        from ..api.crypto_loans import stable_loan_adjust_ltv as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            amount=amount,
            direction=direction,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_borrow(
        self,
        loan_coin: str,
        collateral_coin: str,
        loan_term: int,
        *,
        loan_amount: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableBorrowResult:
        """Borrow at a stable rate (retired).

        Took a fixed-term crypto loan at a stable rate against collateral; give either `loanAmount` or
        `collateralAmount` and Binance derived the other. Binance retired it on 2024-11-05 together with
        the other stable-rate loan endpoints.

        POST /sapi/v1/loan/borrow · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            loan_coin: Coin to borrow. Required.
            loan_amount: Amount to borrow; needed when `collateralAmount` is not given.
            collateral_coin: Coin pledged as collateral. Required.
            collateral_amount: Collateral to pledge; needed when `loanAmount` is not given.
            loan_term: Term of the loan in days: 7, 14, 30, 90 or 180. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableBorrowResult
        """
        from ..api.crypto_loans import stable_loan_borrow as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            loan_amount=loan_amount,
            collateral_coin=collateral_coin,
            collateral_amount=collateral_amount,
            loan_term=loan_term,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_borrow_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableBorrowHistory:
        """Stable-rate loan borrow history.

        Lists stable-rate (fixed-term) crypto loans taken by the account. Without `startTime` and
        `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
        history query although stable-rate borrowing was retired.

        GET /sapi/v1/loan/borrow/history · security USER_DATA · weight 400


        Args:
            order_id: Only this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableBorrowHistory
        """
        from ..api.crypto_loans import stable_loan_borrow_history as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_collateral_assets(
        self,
        *,
        collateral_coin: str | None = None,
        vip_level: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableCollateralAssets
        """
        from ..api.crypto_loans import stable_loan_collateral_assets as _operation

        return await _operation.asyncio(
            client=self._client,
            collateral_coin=collateral_coin,
            vip_level=vip_level,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_collateral_repay_rate(
        self,
        loan_coin: str,
        collateral_coin: str,
        repay_amount: DecimalLike,
        *,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableCollateralRepayRate
        """
        from ..api.crypto_loans import stable_loan_collateral_repay_rate as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            repay_amount=repay_amount,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_customize_margin_call(
        self,
        margin_call: DecimalLike,
        *,
        order_id: int | None = None,
        collateral_coin: str | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableMarginCalls:
        """Set a stable-rate loan's margin call (retired).

        Set the LTV at which Binance sends a margin call for open stable-rate loans, either for one
        order or for every order using a collateral coin. Binance retired it on 2024-11-05 together with
        the other stable-rate loan endpoints.

        POST /sapi/v1/loan/customize/margin_call · security TRADE · weight 6000

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            order_id: Loan order to change; takes precedence over `collateralCoin` when both are sent.
            collateral_coin: Change every open loan secured by this coin; used when `orderId` is not sent.
            margin_call: New margin-call LTV. Required.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableMarginCalls
        """
        from ..api.crypto_loans import stable_loan_customize_margin_call as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            collateral_coin=collateral_coin,
            margin_call=margin_call,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_loanable_assets(
        self,
        *,
        loan_coin: str | None = None,
        vip_level: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLoanableAssets
        """
        from ..api.crypto_loans import stable_loan_loanable_assets as _operation

        return await _operation.asyncio(
            client=self._client,
            loan_coin=loan_coin,
            vip_level=vip_level,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_ltv_adjustment_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableLtvAdjustmentHistory:
        """Stable-rate loan LTV adjustment history.

        Lists collateral additions and removals on stable-rate crypto loans. Without `startTime` and
        `endTime` the last 90 days are returned; the range may span at most 180 days. Binance keeps this
        history query although stable-rate loans were retired.

        GET /sapi/v1/loan/ltv/adjustment/history · security USER_DATA · weight 400


        Args:
            order_id: Only adjustments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableLtvAdjustmentHistory
        """
        from ..api.crypto_loans import stable_loan_ltv_adjustment_history as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_ongoing_orders(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableOngoingOrders
        """
        from ..api.crypto_loans import stable_loan_ongoing_orders as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_repay(
        self,
        order_id: int,
        amount: DecimalLike,
        *,
        type_: int | None = None,
        collateral_return: bool | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
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
            type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
            collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
                stays in the loan.
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableRepayPending | CryptoLoansStableRepayResult
        """
        from ..api.crypto_loans import stable_loan_repay as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            amount=amount,
            type_=type_,
            collateral_return=collateral_return,
            recv_window=recv_window,
            timeout=timeout,
        )

    async def stable_loan_repay_history(
        self,
        *,
        order_id: int | None = None,
        loan_coin: str | None = None,
        collateral_coin: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current: int | None = None,
        limit: int | None = None,
        recv_window: RecvWindow | None = None,
        timeout: float | None = None,
    ) -> CryptoLoansStableRepayHistory:
        """Stable-rate loan repayment history.

        Lists repayments of stable-rate crypto loans. Without `startTime` and `endTime` the last 90 days
        are returned; the range may span at most 180 days. Binance keeps this history query although
        stable-rate loans were retired.

        GET /sapi/v1/loan/repay/history · security USER_DATA · weight 400


        Args:
            order_id: Only repayments of this loan order.
            loan_coin: Only loans that borrow this coin.
            collateral_coin: Only loans secured by this collateral coin.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page to return, counted from 1 (default 1, at most 1000).
            limit: Rows per page (default 10, at most 100).
            recv_window: Milliseconds the request stays valid (default: the client's, 5000).
            timeout: Seconds to wait for this call (default: the client's, 10).

        Returns:
            CryptoLoansStableRepayHistory
        """
        from ..api.crypto_loans import stable_loan_repay_history as _operation

        return await _operation.asyncio(
            client=self._client,
            order_id=order_id,
            loan_coin=loan_coin,
            collateral_coin=collateral_coin,
            start_time=start_time,
            end_time=end_time,
            current=current,
            limit=limit,
            recv_window=recv_window,
            timeout=timeout,
        )


__all__ = ["AsyncCryptoLoans", "CryptoLoans"]
