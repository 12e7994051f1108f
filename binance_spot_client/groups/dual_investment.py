"""The `dual_investment` operations of the /sapi surface, reached as `client.dual_investment`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.dual_investment import AsyncDualInvestmentPaging, DualInvestmentPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.dual_investment_account import DualInvestmentAccount
    from ..models.dual_investment_auto_compound_change import DualInvestmentAutoCompoundChange
    from ..models.dual_investment_auto_compound_plan import DualInvestmentAutoCompoundPlan
    from ..models.dual_investment_option_type import DualInvestmentOptionType
    from ..models.dual_investment_position_page import DualInvestmentPositionPage
    from ..models.dual_investment_position_status import DualInvestmentPositionStatus
    from ..models.dual_investment_product_page import DualInvestmentProductPage
    from ..models.dual_investment_subscription import DualInvestmentSubscription


DecimalLike = str | int | float | Decimal


class DualInvestment(DualInvestmentPaging):
    """`dual_investment` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def change_dual_investment_auto_compound(
        self,
        position_id: int,
        auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
        **options: Unpack[CallOptions],
    ) -> DualInvestmentAutoCompoundChange:
        """Change a position's auto-compound plan.

        Sets or removes the auto-compound plan of a Dual Investment position. Unavailable daily between
        15:31 and 16:00 (UTC+8); at most one call per second per account.

        POST /sapi/v1/dci/product/auto_compound/edit-status · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            position_id: Position to change, from the positions list. Required.
            auto_compound_plan: Plan to set; `NONE` switches auto-compound off. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            DualInvestmentAutoCompoundChange
        """
        from ..api.dual_investment import change_dual_investment_auto_compound as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_compound_plan=auto_compound_plan,
            ),
            options,
        )

    def dual_investment_accounts(
        self,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentAccount:
        """Dual Investment account summary.

        Values the account's Dual Investment holdings in BTC and in USDT.

        GET /sapi/v1/dci/product/accounts · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            DualInvestmentAccount
        """
        from ..api.dual_investment import dual_investment_accounts as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        page_index: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentPositionPage:
        """Dual Investment positions.

        Lists the account's Dual Investment positions, optionally only those in one state.

        GET /sapi/v1/dci/product/positions · security USER_DATA · weight 1


        Args:
            status: Only positions in this state; all states when omitted.
            page_size: Rows per page; defaults to 100, between 1 and 100.
            page_index: Page number, counted from 1; defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            DualInvestmentPositionPage
        """
        from ..api.dual_investment import dual_investment_positions as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                status=status,
                page_size=page_size,
                page_index=page_index,
            ),
            options,
        )

    def dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        page_index: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentProductPage:
        """List Dual Investment products.

        Lists the Dual Investment products and quotes for one direction and asset pair. For a sell-high
        (`CALL`) product the invested asset is the base (for example BNB) and the exercised asset the
        quote (USDT); for a buy-low (`PUT`) product it is the other way round.

        GET /sapi/v1/dci/product/list · security USER_DATA · weight 1


        Args:
            option_type: `CALL` (sell high) or `PUT` (buy low). Required.
            exercised_coin: Asset received if the strike price is reached: the quote asset for `CALL`, the base
                asset for `PUT`. Required.
            invest_coin: Asset invested: the base asset for `CALL`, the quote asset for `PUT`. Required.
            page_size: Rows per page; defaults to 100, between 1 and 100.
            page_index: Page number, counted from 1; defaults to 1.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            DualInvestmentProductPage
        """
        from ..api.dual_investment import dual_investment_product_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                option_type=option_type,
                exercised_coin=exercised_coin,
                invest_coin=invest_coin,
                page_size=page_size,
                page_index=page_index,
            ),
            options,
        )

    def subscribe_dual_investment_product(
        self,
        id: str,
        order_id: int,
        deposit_amount: DecimalLike,
        *,
        auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentSubscription:
        """Subscribe to a Dual Investment product.

        Invests `deposit_amount` in a product at the quote given by `id` and `order_id` from the product
        list. A reply of "Products are not available." means the rate dropped or the quote expired;
        "Failed" means a system or network error.

        POST /sapi/v1/dci/product/subscribe · security TRADE · weight 1


        Args:
            id: Product identifier, from the product list. Required.
            order_id: Quote identifier, from the product list. Required.
            deposit_amount: Amount of the invested asset to subscribe. Required.
            auto_compound_plan: Auto-compound plan for the position. Binance's 2024 file requires it; its current API
                description no longer takes it (the plan is set in the Binance app).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            DualInvestmentSubscription
        """
        from ..api.dual_investment import subscribe_dual_investment_product as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                id=id,
                order_id=order_id,
                deposit_amount=deposit_amount,
                auto_compound_plan=auto_compound_plan,
            ),
            options,
        )


class AsyncDualInvestment(AsyncDualInvestmentPaging):
    """`dual_investment` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def change_dual_investment_auto_compound(
        self,
        position_id: int,
        auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"],
        **options: Unpack[CallOptions],
    ) -> DualInvestmentAutoCompoundChange:
        """Change a position's auto-compound plan (the coroutine of `Spot.dual_investment.change_dual_investment_auto_compound`, which describes it)."""
        from ..api.dual_investment import change_dual_investment_auto_compound as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                position_id=position_id,
                auto_compound_plan=auto_compound_plan,
            ),
            options,
        )

    async def dual_investment_accounts(
        self,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentAccount:
        """Dual Investment account summary (the coroutine of `Spot.dual_investment.dual_investment_accounts`, which describes it)."""
        from ..api.dual_investment import dual_investment_accounts as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def dual_investment_positions(
        self,
        *,
        status: DualInvestmentPositionStatus
        | Literal["PENDING", "PURCHASE_SUCCESS", "SETTLED", "PURCHASE_FAIL", "REFUNDING", "REFUND_SUCCESS", "SETTLING"]
        | None = None,
        page_size: int | None = None,
        page_index: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentPositionPage:
        """Dual Investment positions (the coroutine of `Spot.dual_investment.dual_investment_positions`, which describes it)."""
        from ..api.dual_investment import dual_investment_positions as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                status=status,
                page_size=page_size,
                page_index=page_index,
            ),
            options,
        )

    async def dual_investment_product_list(
        self,
        option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
        exercised_coin: str,
        invest_coin: str,
        *,
        page_size: int | None = None,
        page_index: int | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentProductPage:
        """List Dual Investment products (the coroutine of `Spot.dual_investment.dual_investment_product_list`, which describes it)."""
        from ..api.dual_investment import dual_investment_product_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                option_type=option_type,
                exercised_coin=exercised_coin,
                invest_coin=invest_coin,
                page_size=page_size,
                page_index=page_index,
            ),
            options,
        )

    async def subscribe_dual_investment_product(
        self,
        id: str,
        order_id: int,
        deposit_amount: DecimalLike,
        *,
        auto_compound_plan: DualInvestmentAutoCompoundPlan | Literal["NONE", "STANDARD", "ADVANCE"] | None = None,
        **options: Unpack[CallOptions],
    ) -> DualInvestmentSubscription:
        """Subscribe to a Dual Investment product (the coroutine of `Spot.dual_investment.subscribe_dual_investment_product`, which describes it)."""
        from ..api.dual_investment import subscribe_dual_investment_product as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                id=id,
                order_id=order_id,
                deposit_amount=deposit_amount,
                auto_compound_plan=auto_compound_plan,
            ),
            options,
        )


class DualInvestmentWithRawResponse:
    """`dual_investment` operations, each returning the whole `Response`."""

    def __init__(self, group: DualInvestment) -> None:
        self._group = group
        self.change_dual_investment_auto_compound: Final = raw_response_wrapper(
            group.change_dual_investment_auto_compound
        )
        self.dual_investment_accounts: Final = raw_response_wrapper(group.dual_investment_accounts)
        self.dual_investment_positions: Final = raw_response_wrapper(group.dual_investment_positions)
        self.dual_investment_product_list: Final = raw_response_wrapper(group.dual_investment_product_list)
        self.subscribe_dual_investment_product: Final = raw_response_wrapper(group.subscribe_dual_investment_product)


class AsyncDualInvestmentWithRawResponse:
    """`dual_investment` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncDualInvestment) -> None:
        self._group = group
        self.change_dual_investment_auto_compound: Final = async_raw_response_wrapper(
            group.change_dual_investment_auto_compound
        )
        self.dual_investment_accounts: Final = async_raw_response_wrapper(group.dual_investment_accounts)
        self.dual_investment_positions: Final = async_raw_response_wrapper(group.dual_investment_positions)
        self.dual_investment_product_list: Final = async_raw_response_wrapper(group.dual_investment_product_list)
        self.subscribe_dual_investment_product: Final = async_raw_response_wrapper(
            group.subscribe_dual_investment_product
        )


__all__ = [
    "AsyncDualInvestment",
    "AsyncDualInvestmentWithRawResponse",
    "DualInvestment",
    "DualInvestmentWithRawResponse",
]
