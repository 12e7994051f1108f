"""The `portfolio_margin` operations of the /sapi surface, reached as `client.portfolio_margin`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.portfolio_margin import AsyncPortfolioMarginPaging, PortfolioMarginPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.portfolio_margin_account import PortfolioMarginAccount
    from ..models.portfolio_margin_asset_index_price import PortfolioMarginAssetIndexPrice
    from ..models.portfolio_margin_asset_leverage import PortfolioMarginAssetLeverage
    from ..models.portfolio_margin_auto_repay_status import PortfolioMarginAutoRepayStatus
    from ..models.portfolio_margin_balance import PortfolioMarginBalance
    from ..models.portfolio_margin_bankruptcy_loan import PortfolioMarginBankruptcyLoan
    from ..models.portfolio_margin_bfusd_mint import PortfolioMarginBfusdMint
    from ..models.portfolio_margin_bfusd_redeem import PortfolioMarginBfusdRedeem
    from ..models.portfolio_margin_call_level import PortfolioMarginCallLevel
    from ..models.portfolio_margin_collateral_rate import PortfolioMarginCollateralRate
    from ..models.portfolio_margin_delta_mode import PortfolioMarginDeltaMode
    from ..models.portfolio_margin_earn_asset_balance import PortfolioMarginEarnAssetBalance
    from ..models.portfolio_margin_earn_transfer_type import PortfolioMarginEarnTransferType
    from ..models.portfolio_margin_interest import PortfolioMarginInterest
    from ..models.portfolio_margin_loan_repay_history import PortfolioMarginLoanRepayHistory
    from ..models.portfolio_margin_message import PortfolioMarginMessage
    from ..models.portfolio_margin_repay_source import PortfolioMarginRepaySource
    from ..models.portfolio_margin_span_account import PortfolioMarginSpanAccount
    from ..models.portfolio_margin_tiered_collateral_rate import PortfolioMarginTieredCollateralRate
    from ..models.portfolio_margin_transaction_id import PortfolioMarginTransactionId
    from ..models.portfolio_margin_transfer_side import PortfolioMarginTransferSide


DecimalLike = str | int | float | Decimal


class PortfolioMargin(PortfolioMarginPaging):
    """`portfolio_margin` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def change_portfolio_margin_auto_repay_futures(
        self,
        auto_repay: bool,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Set auto-repay of futures negative balance.

        Turns the automatic repayment of futures negative balances on (the default) or off.

        POST /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 1500


        Args:
            auto_repay: `true` to repay futures negative balances automatically, `false` to stop. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import change_portfolio_margin_auto_repay_futures as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                auto_repay=auto_repay,
            ),
            options,
        )

    def delete_portfolio_margin_call_level(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Remove the margin call level.

        Removes the margin call notification level of the portfolio margin account.

        DELETE /sapi/v1/portfolio/margin-call-level · security USER_DATA · weight 1500


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import delete_portfolio_margin_call_level as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def mint_portfolio_margin_bfusd(
        self,
        from_asset: str,
        target_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBfusdMint:
        """Mint BFUSD.

        Converts USDT or USDC into BFUSD for use in any kind of portfolio margin account.

        POST /sapi/v1/portfolio/mint · security TRADE · weight 1500


        Args:
            from_asset: Asset to convert, `USDT` or `USDC`. Required.
            target_asset: Asset to obtain, `BFUSD`. Required.
            amount: Amount of `from_asset` to convert. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginBfusdMint
        """
        from ..api.portfolio_margin import mint_portfolio_margin_bfusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            options,
        )

    def portfolio_margin_account(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginAccount:
        """Portfolio margin account.

        Returns the risk figures of the portfolio margin account: unified maintenance margin ratio,
        equity, margins, status and account type.

        GET /sapi/v1/portfolio/account · security USER_DATA · weight 5


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginAccount
        """
        from ..api.portfolio_margin import portfolio_margin_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_asset_collection(
        self,
        asset: str,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Collect one futures asset.

        Moves one asset from the futures account to the margin account of portfolio margin. BNB cannot
        be moved this way.

        POST /sapi/v1/portfolio/asset-collection · security USER_DATA · weight 60


        Args:
            asset: Asset to collect, for example `LDUSDT`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import portfolio_margin_asset_collection as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    def portfolio_margin_asset_index_price(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginAssetIndexPrice]:
        """Asset index prices.

        Returns the portfolio margin index price of one asset, or of every asset when `asset` is
        omitted.

        GET /sapi/v1/portfolio/asset-index-price · security MARKET_DATA · weight 50


        Args:
            asset: Only this asset; every asset when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginAssetIndexPrice]
        """
        from ..api.portfolio_margin import portfolio_margin_asset_index_price as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    def portfolio_margin_asset_leverage(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginAssetLeverage]:
        """Asset leverage.

        Lists the leverage of each asset in portfolio margin.

        GET /sapi/v1/portfolio/margin-asset-leverage · security USER_DATA · weight 50


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginAssetLeverage]
        """
        from ..api.portfolio_margin import portfolio_margin_asset_leverage as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_auto_collection(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Collect all futures funds.

        Moves every asset except BNB from the futures account to the margin account of portfolio margin.
        At most 500 calls per hour, counted on a rolling basis.

        POST /sapi/v1/portfolio/auto-collection · security USER_DATA · weight 1500


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import portfolio_margin_auto_collection as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_auto_repay_futures_status(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginAutoRepayStatus:
        """Auto-repay of futures negative balance.

        Tells whether futures negative balances are repaid automatically.

        GET /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 30


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginAutoRepayStatus
        """
        from ..api.portfolio_margin import portfolio_margin_auto_repay_futures_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_balance(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginBalance]:
        """Portfolio margin pro balances.

        Returns the balances of a portfolio margin pro account per asset, broken down by product.

        GET /sapi/v1/portfolio/balance · security USER_DATA · weight 20


        Args:
            asset: Only this asset.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginBalance]
        """
        from ..api.portfolio_margin import portfolio_margin_balance as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    def portfolio_margin_bankruptcy_loan_amount(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBankruptcyLoan:
        """Bankruptcy loan amount.

        Returns the bankruptcy loan of the portfolio margin account; the amount is 0 when there is none.

        GET /sapi/v1/portfolio/pmLoan · security USER_DATA · weight 500


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginBankruptcyLoan
        """
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_amount as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_bankruptcy_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginLoanRepayHistory:
        """Bankruptcy loan repayments.

        Lists repayments of the bankruptcy loan. The range may span at most 360 days; without times the
        last 30 days are returned, and with only one of them a 30-day window from or to it.

        GET /sapi/v1/portfolio/pmloan-history · security USER_DATA · weight 500


        Args:
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            current: Page number, counted from 1; default 1.
            size: Records per page; default 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginLoanRepayHistory
        """
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

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

    def portfolio_margin_bnb_transfer(
        self,
        amount: DecimalLike,
        transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginTransactionId:
        """Transfer BNB.

        Moves BNB between the margin account and the USDⓈ-M futures account of portfolio margin. At most
        2 calls per 10 minutes, counted on a rolling basis.

        POST /sapi/v1/portfolio/bnb-transfer · security USER_DATA · weight 1500


        Args:
            amount: Amount of BNB to move. Required.
            transfer_side: `TO_UM` into the USDⓈ-M futures account, `FROM_UM` out of it. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginTransactionId
        """
        from ..api.portfolio_margin import portfolio_margin_bnb_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                transfer_side=transfer_side,
            ),
            options,
        )

    def portfolio_margin_call_level(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginCallLevel:
        """Margin call level.

        Returns the margin call notification level of the portfolio margin account; an empty object when
        none is set.

        GET /sapi/v1/portfolio/margin-call-level · security USER_DATA · weight 1500


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginCallLevel
        """
        from ..api.portfolio_margin import portfolio_margin_call_level as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_collateral_rate(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginCollateralRate]:
        """Classic portfolio margin collateral rates.

        Lists the collateral rate of each asset in classic portfolio margin.

        GET /sapi/v1/portfolio/collateralRate · security MARKET_DATA · weight 50


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginCollateralRate]
        """
        from ..api.portfolio_margin import portfolio_margin_collateral_rate as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_delta_mode(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginDeltaMode:
        """Delta mode status.

        Tells whether Delta mode is on for the account.

        GET /sapi/v1/portfolio/delta-mode · security USER_DATA · weight 1500


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginDeltaMode
        """
        from ..api.portfolio_margin import portfolio_margin_delta_mode as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_earn_asset_balance(
        self,
        asset: str,
        transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginEarnAssetBalance:
        """Transferable earn asset balance.

        Tells how much of an earn asset (LDUSDT) can be moved between Simple Earn and the portfolio
        margin futures account.

        GET /sapi/v1/portfolio/earn-asset-balance · security USER_DATA · weight 1500


        Args:
            asset: Earn asset; `LDUSDT` only. Required.
            transfer_type: `EARN_TO_FUTURE` or `FUTURE_TO_EARN`. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginEarnAssetBalance
        """
        from ..api.portfolio_margin import portfolio_margin_earn_asset_balance as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                transfer_type=transfer_type,
            ),
            options,
        )

    def portfolio_margin_earn_asset_transfer(
        self,
        asset: str,
        transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Transfer an earn asset.

        Moves LDUSDT between Simple Earn and the portfolio margin futures account, where it serves as
        collateral.

        POST /sapi/v1/portfolio/earn-asset-transfer · security TRADE · weight 1500


        Args:
            asset: Earn asset; `LDUSDT` only. Required.
            transfer_type: `EARN_TO_FUTURE` or `FUTURE_TO_EARN`. Required.
            amount: Amount to move. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import portfolio_margin_earn_asset_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                transfer_type=transfer_type,
                amount=amount,
            ),
            options,
        )

    def portfolio_margin_negative_balance_interest_history(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginInterest]:
        """Negative balance interest history.

        Lists the interest charged on negative balances of the portfolio margin account.

        GET /sapi/v1/portfolio/interest-history · security USER_DATA · weight 50


        Args:
            asset: Only this asset.
            start_time: Start of the time range, UTC milliseconds.
            end_time: End of the time range, UTC milliseconds.
            size: Records to return; default 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginInterest]
        """
        from ..api.portfolio_margin import portfolio_margin_negative_balance_interest_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                size=size,
            ),
            options,
        )

    def portfolio_margin_pro_tiered_collateral_rate(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginTieredCollateralRate]:
        """Portfolio margin pro tiered collateral rates.

        Lists, for each asset, the collateral rate that applies to each tier of holdings in portfolio
        margin pro.

        GET /sapi/v2/portfolio/collateralRate · security USER_DATA · weight 50


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[PortfolioMarginTieredCollateralRate]
        """
        from ..api.portfolio_margin import portfolio_margin_pro_tiered_collateral_rate as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def portfolio_margin_span_account(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginSpanAccount:
        """Portfolio margin pro SPAN account.

        Returns the risk figures of a portfolio margin pro SPAN account, with the maintenance margin of
        each risk unit.

        GET /sapi/v2/portfolio/account · security USER_DATA · weight 5


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginSpanAccount
        """
        from ..api.portfolio_margin import portfolio_margin_span_account as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def redeem_portfolio_margin_bfusd(
        self,
        from_asset: str,
        target_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBfusdRedeem:
        """Redeem BFUSD.

        Converts BFUSD back into USDT or USDC for any kind of portfolio margin account.

        POST /sapi/v1/portfolio/redeem · security TRADE · weight 1500


        Args:
            from_asset: Asset to convert, `BFUSD`. Required.
            target_asset: Asset to obtain, `USDT` or `USDC`. Required.
            amount: Amount of BFUSD to convert. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginBfusdRedeem
        """
        from ..api.portfolio_margin import redeem_portfolio_margin_bfusd as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            options,
        )

    def repay_portfolio_margin_bankruptcy_loan(
        self,
        *,
        from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginTransactionId:
        """Repay the bankruptcy loan.

        Repays the bankruptcy loan of the portfolio margin account from the spot or margin wallet.

        POST /sapi/v1/portfolio/repay · security USER_DATA · weight 3000


        Args:
            from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginTransactionId
        """
        from ..api.portfolio_margin import repay_portfolio_margin_bankruptcy_loan as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_=from_,
            ),
            options,
        )

    def repay_portfolio_margin_futures_negative_balance(
        self,
        *,
        from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Repay futures negative balance.

        Repays the negative balance of the futures account now, from the spot or margin wallet.

        POST /sapi/v1/portfolio/repay-futures-negative-balance · security USER_DATA · weight 1500


        Args:
            from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import repay_portfolio_margin_futures_negative_balance as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_=from_,
            ),
            options,
        )

    def set_portfolio_margin_call_level(
        self,
        margin_call_level: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginCallLevel:
        """Set the margin call level.

        Sets the uniMMR at which Binance sends a margin call notification (e-mail and SMS) for the
        portfolio margin account.

        POST /sapi/v1/portfolio/margin-call-level · security USER_DATA · weight 1500


        Args:
            margin_call_level: Notification level, from 1.1 to 2.0. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginCallLevel
        """
        from ..api.portfolio_margin import set_portfolio_margin_call_level as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                margin_call_level=margin_call_level,
            ),
            options,
        )

    def switch_portfolio_margin_delta_mode(
        self,
        delta_enabled: bool,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Switch Delta mode.

        Turns Delta mode on or off for an existing portfolio margin pro or portfolio margin retail
        account.

        POST /sapi/v1/portfolio/delta-mode · security TRADE · weight 1500


        Args:
            delta_enabled: `true` to turn Delta mode on, `false` to turn it off. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            PortfolioMarginMessage
        """
        from ..api.portfolio_margin import switch_portfolio_margin_delta_mode as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                delta_enabled=delta_enabled,
            ),
            options,
        )


class AsyncPortfolioMargin(AsyncPortfolioMarginPaging):
    """`portfolio_margin` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def change_portfolio_margin_auto_repay_futures(
        self,
        auto_repay: bool,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Set auto-repay of futures negative balance (the coroutine of `Spot.portfolio_margin.change_portfolio_margin_auto_repay_futures`, which describes it)."""
        from ..api.portfolio_margin import change_portfolio_margin_auto_repay_futures as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                auto_repay=auto_repay,
            ),
            options,
        )

    async def delete_portfolio_margin_call_level(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Remove the margin call level (the coroutine of `Spot.portfolio_margin.delete_portfolio_margin_call_level`, which describes it)."""
        from ..api.portfolio_margin import delete_portfolio_margin_call_level as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def mint_portfolio_margin_bfusd(
        self,
        from_asset: str,
        target_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBfusdMint:
        """Mint BFUSD (the coroutine of `Spot.portfolio_margin.mint_portfolio_margin_bfusd`, which describes it)."""
        from ..api.portfolio_margin import mint_portfolio_margin_bfusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            options,
        )

    async def portfolio_margin_account(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginAccount:
        """Portfolio margin account (the coroutine of `Spot.portfolio_margin.portfolio_margin_account`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_asset_collection(
        self,
        asset: str,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Collect one futures asset (the coroutine of `Spot.portfolio_margin.portfolio_margin_asset_collection`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_asset_collection as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    async def portfolio_margin_asset_index_price(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginAssetIndexPrice]:
        """Asset index prices (the coroutine of `Spot.portfolio_margin.portfolio_margin_asset_index_price`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_asset_index_price as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    async def portfolio_margin_asset_leverage(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginAssetLeverage]:
        """Asset leverage (the coroutine of `Spot.portfolio_margin.portfolio_margin_asset_leverage`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_asset_leverage as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_auto_collection(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Collect all futures funds (the coroutine of `Spot.portfolio_margin.portfolio_margin_auto_collection`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_auto_collection as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_auto_repay_futures_status(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginAutoRepayStatus:
        """Auto-repay of futures negative balance (the coroutine of `Spot.portfolio_margin.portfolio_margin_auto_repay_futures_status`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_auto_repay_futures_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_balance(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginBalance]:
        """Portfolio margin pro balances (the coroutine of `Spot.portfolio_margin.portfolio_margin_balance`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_balance as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    async def portfolio_margin_bankruptcy_loan_amount(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBankruptcyLoan:
        """Bankruptcy loan amount (the coroutine of `Spot.portfolio_margin.portfolio_margin_bankruptcy_loan_amount`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_amount as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_bankruptcy_loan_repay_history(
        self,
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginLoanRepayHistory:
        """Bankruptcy loan repayments (the coroutine of `Spot.portfolio_margin.portfolio_margin_bankruptcy_loan_repay_history`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_bankruptcy_loan_repay_history as _operation

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

    async def portfolio_margin_bnb_transfer(
        self,
        amount: DecimalLike,
        transfer_side: PortfolioMarginTransferSide | Literal["TO_UM", "FROM_UM"],
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginTransactionId:
        """Transfer BNB (the coroutine of `Spot.portfolio_margin.portfolio_margin_bnb_transfer`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_bnb_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                amount=amount,
                transfer_side=transfer_side,
            ),
            options,
        )

    async def portfolio_margin_call_level(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginCallLevel:
        """Margin call level (the coroutine of `Spot.portfolio_margin.portfolio_margin_call_level`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_call_level as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_collateral_rate(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginCollateralRate]:
        """Classic portfolio margin collateral rates (the coroutine of `Spot.portfolio_margin.portfolio_margin_collateral_rate`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_collateral_rate as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_delta_mode(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginDeltaMode:
        """Delta mode status (the coroutine of `Spot.portfolio_margin.portfolio_margin_delta_mode`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_delta_mode as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_earn_asset_balance(
        self,
        asset: str,
        transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginEarnAssetBalance:
        """Transferable earn asset balance (the coroutine of `Spot.portfolio_margin.portfolio_margin_earn_asset_balance`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_earn_asset_balance as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                transfer_type=transfer_type,
            ),
            options,
        )

    async def portfolio_margin_earn_asset_transfer(
        self,
        asset: str,
        transfer_type: PortfolioMarginEarnTransferType | Literal["EARN_TO_FUTURE", "FUTURE_TO_EARN"],
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Transfer an earn asset (the coroutine of `Spot.portfolio_margin.portfolio_margin_earn_asset_transfer`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_earn_asset_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                transfer_type=transfer_type,
                amount=amount,
            ),
            options,
        )

    async def portfolio_margin_negative_balance_interest_history(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginInterest]:
        """Negative balance interest history (the coroutine of `Spot.portfolio_margin.portfolio_margin_negative_balance_interest_history`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_negative_balance_interest_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                size=size,
            ),
            options,
        )

    async def portfolio_margin_pro_tiered_collateral_rate(
        self,
        **options: Unpack[CallOptions],
    ) -> list[PortfolioMarginTieredCollateralRate]:
        """Portfolio margin pro tiered collateral rates (the coroutine of `Spot.portfolio_margin.portfolio_margin_pro_tiered_collateral_rate`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_pro_tiered_collateral_rate as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def portfolio_margin_span_account(
        self,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginSpanAccount:
        """Portfolio margin pro SPAN account (the coroutine of `Spot.portfolio_margin.portfolio_margin_span_account`, which describes it)."""
        from ..api.portfolio_margin import portfolio_margin_span_account as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def redeem_portfolio_margin_bfusd(
        self,
        from_asset: str,
        target_asset: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginBfusdRedeem:
        """Redeem BFUSD (the coroutine of `Spot.portfolio_margin.redeem_portfolio_margin_bfusd`, which describes it)."""
        from ..api.portfolio_margin import redeem_portfolio_margin_bfusd as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_asset=from_asset,
                target_asset=target_asset,
                amount=amount,
            ),
            options,
        )

    async def repay_portfolio_margin_bankruptcy_loan(
        self,
        *,
        from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginTransactionId:
        """Repay the bankruptcy loan (the coroutine of `Spot.portfolio_margin.repay_portfolio_margin_bankruptcy_loan`, which describes it)."""
        from ..api.portfolio_margin import repay_portfolio_margin_bankruptcy_loan as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_=from_,
            ),
            options,
        )

    async def repay_portfolio_margin_futures_negative_balance(
        self,
        *,
        from_: PortfolioMarginRepaySource | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Repay futures negative balance (the coroutine of `Spot.portfolio_margin.repay_portfolio_margin_futures_negative_balance`, which describes it)."""
        from ..api.portfolio_margin import repay_portfolio_margin_futures_negative_balance as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                from_=from_,
            ),
            options,
        )

    async def set_portfolio_margin_call_level(
        self,
        margin_call_level: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginCallLevel:
        """Set the margin call level (the coroutine of `Spot.portfolio_margin.set_portfolio_margin_call_level`, which describes it)."""
        from ..api.portfolio_margin import set_portfolio_margin_call_level as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                margin_call_level=margin_call_level,
            ),
            options,
        )

    async def switch_portfolio_margin_delta_mode(
        self,
        delta_enabled: bool,
        **options: Unpack[CallOptions],
    ) -> PortfolioMarginMessage:
        """Switch Delta mode (the coroutine of `Spot.portfolio_margin.switch_portfolio_margin_delta_mode`, which describes it)."""
        from ..api.portfolio_margin import switch_portfolio_margin_delta_mode as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                delta_enabled=delta_enabled,
            ),
            options,
        )


class PortfolioMarginWithRawResponse:
    """`portfolio_margin` operations, each returning the whole `Response`."""

    def __init__(self, group: PortfolioMargin) -> None:
        self._group = group
        self.change_portfolio_margin_auto_repay_futures: Final = raw_response_wrapper(
            group.change_portfolio_margin_auto_repay_futures
        )
        self.delete_portfolio_margin_call_level: Final = raw_response_wrapper(group.delete_portfolio_margin_call_level)
        self.mint_portfolio_margin_bfusd: Final = raw_response_wrapper(group.mint_portfolio_margin_bfusd)
        self.portfolio_margin_account: Final = raw_response_wrapper(group.portfolio_margin_account)
        self.portfolio_margin_asset_collection: Final = raw_response_wrapper(group.portfolio_margin_asset_collection)
        self.portfolio_margin_asset_index_price: Final = raw_response_wrapper(group.portfolio_margin_asset_index_price)
        self.portfolio_margin_asset_leverage: Final = raw_response_wrapper(group.portfolio_margin_asset_leverage)
        self.portfolio_margin_auto_collection: Final = raw_response_wrapper(group.portfolio_margin_auto_collection)
        self.portfolio_margin_auto_repay_futures_status: Final = raw_response_wrapper(
            group.portfolio_margin_auto_repay_futures_status
        )
        self.portfolio_margin_balance: Final = raw_response_wrapper(group.portfolio_margin_balance)
        self.portfolio_margin_bankruptcy_loan_amount: Final = raw_response_wrapper(
            group.portfolio_margin_bankruptcy_loan_amount
        )
        self.portfolio_margin_bankruptcy_loan_repay_history: Final = raw_response_wrapper(
            group.portfolio_margin_bankruptcy_loan_repay_history
        )
        self.portfolio_margin_bnb_transfer: Final = raw_response_wrapper(group.portfolio_margin_bnb_transfer)
        self.portfolio_margin_call_level: Final = raw_response_wrapper(group.portfolio_margin_call_level)
        self.portfolio_margin_collateral_rate: Final = raw_response_wrapper(group.portfolio_margin_collateral_rate)
        self.portfolio_margin_delta_mode: Final = raw_response_wrapper(group.portfolio_margin_delta_mode)
        self.portfolio_margin_earn_asset_balance: Final = raw_response_wrapper(
            group.portfolio_margin_earn_asset_balance
        )
        self.portfolio_margin_earn_asset_transfer: Final = raw_response_wrapper(
            group.portfolio_margin_earn_asset_transfer
        )
        self.portfolio_margin_negative_balance_interest_history: Final = raw_response_wrapper(
            group.portfolio_margin_negative_balance_interest_history
        )
        self.portfolio_margin_pro_tiered_collateral_rate: Final = raw_response_wrapper(
            group.portfolio_margin_pro_tiered_collateral_rate
        )
        self.portfolio_margin_span_account: Final = raw_response_wrapper(group.portfolio_margin_span_account)
        self.redeem_portfolio_margin_bfusd: Final = raw_response_wrapper(group.redeem_portfolio_margin_bfusd)
        self.repay_portfolio_margin_bankruptcy_loan: Final = raw_response_wrapper(
            group.repay_portfolio_margin_bankruptcy_loan
        )
        self.repay_portfolio_margin_futures_negative_balance: Final = raw_response_wrapper(
            group.repay_portfolio_margin_futures_negative_balance
        )
        self.set_portfolio_margin_call_level: Final = raw_response_wrapper(group.set_portfolio_margin_call_level)
        self.switch_portfolio_margin_delta_mode: Final = raw_response_wrapper(group.switch_portfolio_margin_delta_mode)


class AsyncPortfolioMarginWithRawResponse:
    """`portfolio_margin` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncPortfolioMargin) -> None:
        self._group = group
        self.change_portfolio_margin_auto_repay_futures: Final = async_raw_response_wrapper(
            group.change_portfolio_margin_auto_repay_futures
        )
        self.delete_portfolio_margin_call_level: Final = async_raw_response_wrapper(
            group.delete_portfolio_margin_call_level
        )
        self.mint_portfolio_margin_bfusd: Final = async_raw_response_wrapper(group.mint_portfolio_margin_bfusd)
        self.portfolio_margin_account: Final = async_raw_response_wrapper(group.portfolio_margin_account)
        self.portfolio_margin_asset_collection: Final = async_raw_response_wrapper(
            group.portfolio_margin_asset_collection
        )
        self.portfolio_margin_asset_index_price: Final = async_raw_response_wrapper(
            group.portfolio_margin_asset_index_price
        )
        self.portfolio_margin_asset_leverage: Final = async_raw_response_wrapper(group.portfolio_margin_asset_leverage)
        self.portfolio_margin_auto_collection: Final = async_raw_response_wrapper(
            group.portfolio_margin_auto_collection
        )
        self.portfolio_margin_auto_repay_futures_status: Final = async_raw_response_wrapper(
            group.portfolio_margin_auto_repay_futures_status
        )
        self.portfolio_margin_balance: Final = async_raw_response_wrapper(group.portfolio_margin_balance)
        self.portfolio_margin_bankruptcy_loan_amount: Final = async_raw_response_wrapper(
            group.portfolio_margin_bankruptcy_loan_amount
        )
        self.portfolio_margin_bankruptcy_loan_repay_history: Final = async_raw_response_wrapper(
            group.portfolio_margin_bankruptcy_loan_repay_history
        )
        self.portfolio_margin_bnb_transfer: Final = async_raw_response_wrapper(group.portfolio_margin_bnb_transfer)
        self.portfolio_margin_call_level: Final = async_raw_response_wrapper(group.portfolio_margin_call_level)
        self.portfolio_margin_collateral_rate: Final = async_raw_response_wrapper(
            group.portfolio_margin_collateral_rate
        )
        self.portfolio_margin_delta_mode: Final = async_raw_response_wrapper(group.portfolio_margin_delta_mode)
        self.portfolio_margin_earn_asset_balance: Final = async_raw_response_wrapper(
            group.portfolio_margin_earn_asset_balance
        )
        self.portfolio_margin_earn_asset_transfer: Final = async_raw_response_wrapper(
            group.portfolio_margin_earn_asset_transfer
        )
        self.portfolio_margin_negative_balance_interest_history: Final = async_raw_response_wrapper(
            group.portfolio_margin_negative_balance_interest_history
        )
        self.portfolio_margin_pro_tiered_collateral_rate: Final = async_raw_response_wrapper(
            group.portfolio_margin_pro_tiered_collateral_rate
        )
        self.portfolio_margin_span_account: Final = async_raw_response_wrapper(group.portfolio_margin_span_account)
        self.redeem_portfolio_margin_bfusd: Final = async_raw_response_wrapper(group.redeem_portfolio_margin_bfusd)
        self.repay_portfolio_margin_bankruptcy_loan: Final = async_raw_response_wrapper(
            group.repay_portfolio_margin_bankruptcy_loan
        )
        self.repay_portfolio_margin_futures_negative_balance: Final = async_raw_response_wrapper(
            group.repay_portfolio_margin_futures_negative_balance
        )
        self.set_portfolio_margin_call_level: Final = async_raw_response_wrapper(group.set_portfolio_margin_call_level)
        self.switch_portfolio_margin_delta_mode: Final = async_raw_response_wrapper(
            group.switch_portfolio_margin_delta_mode
        )


__all__ = [
    "AsyncPortfolioMargin",
    "AsyncPortfolioMarginWithRawResponse",
    "PortfolioMargin",
    "PortfolioMarginWithRawResponse",
]
