"""The `savings` operations of the /sapi surface, reached as `client.savings`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.savings import AsyncSavingsPaging, SavingsPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.savings_fixed_position import SavingsFixedPosition
    from ..models.savings_fixed_project import SavingsFixedProject
    from ..models.savings_fixed_purchase import SavingsFixedPurchase
    from ..models.savings_position_change import SavingsPositionChange
    from ..models.savings_position_status import SavingsPositionStatus
    from ..models.savings_project_sort import SavingsProjectSort
    from ..models.savings_project_status import SavingsProjectStatus
    from ..models.savings_project_type import SavingsProjectType


DecimalLike = str | int | float | Decimal


class Savings(SavingsPaging):
    """`savings` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def change_savings_fixed_position_to_daily(
        self,
        project_id: str,
        lot: int,
        *,
        position_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SavingsPositionChange:
        """Move a fixed position to flexible savings.

        Converted lots of a fixed or activity savings position into a flexible (daily) savings position.
        `position_id` was needed for fixed positions.

        POST /sapi/v1/lending/positionChanged · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            project_id: Project of the position. Required.
            lot: Number of lots to move. Required.
            position_id: Position to move; mandatory for fixed (not activity) positions.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SavingsPositionChange
        """
        from ..api.savings import change_savings_fixed_position_to_daily as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                lot=lot,
                position_id=position_id,
            ),
            options,
        )

    def purchase_savings_fixed_project(
        self,
        project_id: str,
        lot: int,
        **options: Unpack[CallOptions],
    ) -> SavingsFixedPurchase:
        """Buy a fixed savings project.

        Bought lots of a fixed-term or activity savings project.

        POST /sapi/v1/lending/customizedFixed/purchase · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            project_id: Project to buy. Required.
            lot: Number of lots to buy. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            SavingsFixedPurchase
        """
        from ..api.savings import purchase_savings_fixed_project as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                lot=lot,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SavingsFixedProject]:
        """List fixed savings projects.

        Listed the fixed-term and activity savings projects of the former Savings product, filtered and
        sorted.

        GET /sapi/v1/lending/project/list · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            asset: Only projects of this asset.
            type: Kind of project to list. Required.
            status: Availability filter; defaults to `ALL`.
            is_sort_asc: Sort ascending; defaults to true.
            sort_by: Sort field; defaults to `START_TIME`.
            current: Page number, counted from 1; defaults to 1.
            size: Rows per page; defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SavingsFixedProject]
        """
        from ..api.savings import savings_fixed_project_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                status=status,
                is_sort_asc=is_sort_asc,
                sort_by=sort_by,
                current=current,
                size=size,
            ),
            options,
        )

    def savings_fixed_project_positions(
        self,
        asset: str,
        *,
        project_id: str | None = None,
        status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SavingsFixedPosition]:
        """Fixed savings positions.

        Listed the account's positions in fixed-term and activity savings projects for one asset.

        GET /sapi/v1/lending/project/position/list · security USER_DATA · weight 1

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            asset: Asset of the positions. Required.
            project_id: Only positions in this project.
            status: Only positions in this state.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[SavingsFixedPosition]
        """
        from ..api.savings import savings_fixed_project_positions as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                project_id=project_id,
                status=status,
            ),
            options,
        )


class AsyncSavings(AsyncSavingsPaging):
    """`savings` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def change_savings_fixed_position_to_daily(
        self,
        project_id: str,
        lot: int,
        *,
        position_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> SavingsPositionChange:
        """Move a fixed position to flexible savings (the coroutine of `Spot.savings.change_savings_fixed_position_to_daily`, which describes it)."""
        from ..api.savings import change_savings_fixed_position_to_daily as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                lot=lot,
                position_id=position_id,
            ),
            options,
        )

    async def purchase_savings_fixed_project(
        self,
        project_id: str,
        lot: int,
        **options: Unpack[CallOptions],
    ) -> SavingsFixedPurchase:
        """Buy a fixed savings project (the coroutine of `Spot.savings.purchase_savings_fixed_project`, which describes it)."""
        from ..api.savings import purchase_savings_fixed_project as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                project_id=project_id,
                lot=lot,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def savings_fixed_project_list(
        self,
        type: SavingsProjectType | Literal["ACTIVITY", "CUSTOMIZED_FIXED"],
        *,
        asset: str | None = None,
        status: SavingsProjectStatus | Literal["ALL", "SUBSCRIBABLE", "UNSUBSCRIBABLE"] | None = None,
        is_sort_asc: bool | None = None,
        sort_by: SavingsProjectSort | Literal["START_TIME", "LOT_SIZE", "INTEREST_RATE", "DURATION"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SavingsFixedProject]:
        """List fixed savings projects (the coroutine of `Spot.savings.savings_fixed_project_list`, which describes it)."""
        from ..api.savings import savings_fixed_project_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                type=type,
                status=status,
                is_sort_asc=is_sort_asc,
                sort_by=sort_by,
                current=current,
                size=size,
            ),
            options,
        )

    async def savings_fixed_project_positions(
        self,
        asset: str,
        *,
        project_id: str | None = None,
        status: SavingsPositionStatus | Literal["HOLDING", "REDEEMED"] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[SavingsFixedPosition]:
        """Fixed savings positions (the coroutine of `Spot.savings.savings_fixed_project_positions`, which describes it)."""
        from ..api.savings import savings_fixed_project_positions as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                project_id=project_id,
                status=status,
            ),
            options,
        )


class SavingsWithRawResponse:
    """`savings` operations, each returning the whole `Response`."""

    def __init__(self, group: Savings) -> None:
        self._group = group
        self.change_savings_fixed_position_to_daily: Final = raw_response_wrapper(
            group.change_savings_fixed_position_to_daily
        )
        self.purchase_savings_fixed_project: Final = raw_response_wrapper(group.purchase_savings_fixed_project)
        self.savings_fixed_project_list: Final = raw_response_wrapper(group.savings_fixed_project_list)
        self.savings_fixed_project_positions: Final = raw_response_wrapper(group.savings_fixed_project_positions)


class AsyncSavingsWithRawResponse:
    """`savings` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncSavings) -> None:
        self._group = group
        self.change_savings_fixed_position_to_daily: Final = async_raw_response_wrapper(
            group.change_savings_fixed_position_to_daily
        )
        self.purchase_savings_fixed_project: Final = async_raw_response_wrapper(group.purchase_savings_fixed_project)
        self.savings_fixed_project_list: Final = async_raw_response_wrapper(group.savings_fixed_project_list)
        self.savings_fixed_project_positions: Final = async_raw_response_wrapper(group.savings_fixed_project_positions)


__all__ = ["AsyncSavings", "AsyncSavingsWithRawResponse", "Savings", "SavingsWithRawResponse"]
