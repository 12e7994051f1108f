"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
    from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
    from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter
    from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
    from ..models.iceberg_parts_filter import IcebergPartsFilter
    from ..models.lot_size_filter import LotSizeFilter
    from ..models.market_lot_size_filter import MarketLotSizeFilter
    from ..models.max_asset_filter import MaxAssetFilter
    from ..models.max_num_algo_orders_filter import MaxNumAlgoOrdersFilter
    from ..models.max_num_iceberg_orders_filter import MaxNumIcebergOrdersFilter
    from ..models.max_num_order_amends_filter import MaxNumOrderAmendsFilter
    from ..models.max_num_order_lists_filter import MaxNumOrderListsFilter
    from ..models.max_num_orders_filter import MaxNumOrdersFilter
    from ..models.max_position_filter import MaxPositionFilter
    from ..models.min_notional_filter import MinNotionalFilter
    from ..models.notional_filter import NotionalFilter
    from ..models.percent_price_by_side_filter import PercentPriceBySideFilter
    from ..models.percent_price_filter import PercentPriceFilter
    from ..models.price_filter import PriceFilter
    from ..models.trailing_delta_filter import TrailingDeltaFilter


T = TypeVar("T", bound="MyFilters")


@_attrs_define
class MyFilters:
    """The filters that apply to the account's orders on one symbol, grouped by scope.

    Attributes:
        exchange_filters (list[ExchangeMaxNumAlgoOrdersFilter | ExchangeMaxNumIcebergOrdersFilter |
            ExchangeMaxNumOrderListsFilter | ExchangeMaxNumOrdersFilter]): Filters that apply across the whole exchange.
        symbol_filters (list[IcebergPartsFilter | LotSizeFilter | MarketLotSizeFilter | MaxNumAlgoOrdersFilter |
            MaxNumIcebergOrdersFilter | MaxNumOrderAmendsFilter | MaxNumOrderListsFilter | MaxNumOrdersFilter |
            MaxPositionFilter | MinNotionalFilter | NotionalFilter | PercentPriceBySideFilter | PercentPriceFilter |
            PriceFilter | TrailingDeltaFilter]): Filters of the symbol.
        asset_filters (list[MaxAssetFilter]): Filters set on the account for particular assets (e.g. `MAX_ASSET`).
    """

    exchange_filters: list[
        ExchangeMaxNumAlgoOrdersFilter
        | ExchangeMaxNumIcebergOrdersFilter
        | ExchangeMaxNumOrderListsFilter
        | ExchangeMaxNumOrdersFilter
    ]
    symbol_filters: list[
        IcebergPartsFilter
        | LotSizeFilter
        | MarketLotSizeFilter
        | MaxNumAlgoOrdersFilter
        | MaxNumIcebergOrdersFilter
        | MaxNumOrderAmendsFilter
        | MaxNumOrderListsFilter
        | MaxNumOrdersFilter
        | MaxPositionFilter
        | MinNotionalFilter
        | NotionalFilter
        | PercentPriceBySideFilter
        | PercentPriceFilter
        | PriceFilter
        | TrailingDeltaFilter
    ]
    asset_filters: list[MaxAssetFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
        from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
        from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
        from ..models.iceberg_parts_filter import IcebergPartsFilter
        from ..models.lot_size_filter import LotSizeFilter
        from ..models.market_lot_size_filter import MarketLotSizeFilter
        from ..models.max_num_algo_orders_filter import MaxNumAlgoOrdersFilter
        from ..models.max_num_iceberg_orders_filter import MaxNumIcebergOrdersFilter
        from ..models.max_num_order_amends_filter import MaxNumOrderAmendsFilter
        from ..models.max_num_orders_filter import MaxNumOrdersFilter
        from ..models.max_position_filter import MaxPositionFilter
        from ..models.min_notional_filter import MinNotionalFilter
        from ..models.notional_filter import NotionalFilter
        from ..models.percent_price_by_side_filter import PercentPriceBySideFilter
        from ..models.percent_price_filter import PercentPriceFilter
        from ..models.price_filter import PriceFilter
        from ..models.trailing_delta_filter import TrailingDeltaFilter

        exchange_filters = []
        for exchange_filters_item_data in self.exchange_filters:
            exchange_filters_item: dict[str, Any]
            if (
                isinstance(exchange_filters_item_data, ExchangeMaxNumOrdersFilter)
                or isinstance(exchange_filters_item_data, ExchangeMaxNumAlgoOrdersFilter)
                or isinstance(exchange_filters_item_data, ExchangeMaxNumIcebergOrdersFilter)
            ):
                exchange_filters_item = exchange_filters_item_data.to_dict()
            else:
                exchange_filters_item = exchange_filters_item_data.to_dict()

            exchange_filters.append(exchange_filters_item)

        symbol_filters = []
        for symbol_filters_item_data in self.symbol_filters:
            symbol_filters_item: dict[str, Any]
            if (
                isinstance(symbol_filters_item_data, PriceFilter)
                or isinstance(symbol_filters_item_data, PercentPriceFilter)
                or isinstance(symbol_filters_item_data, PercentPriceBySideFilter)
                or isinstance(symbol_filters_item_data, LotSizeFilter)
                or isinstance(symbol_filters_item_data, MinNotionalFilter)
                or isinstance(symbol_filters_item_data, NotionalFilter)
                or isinstance(symbol_filters_item_data, IcebergPartsFilter)
                or isinstance(symbol_filters_item_data, MarketLotSizeFilter)
                or isinstance(symbol_filters_item_data, MaxNumOrdersFilter)
                or isinstance(symbol_filters_item_data, MaxNumAlgoOrdersFilter)
                or isinstance(symbol_filters_item_data, MaxNumIcebergOrdersFilter)
                or isinstance(symbol_filters_item_data, MaxPositionFilter)
                or isinstance(symbol_filters_item_data, TrailingDeltaFilter)
                or isinstance(symbol_filters_item_data, MaxNumOrderAmendsFilter)
            ):
                symbol_filters_item = symbol_filters_item_data.to_dict()
            else:
                symbol_filters_item = symbol_filters_item_data.to_dict()

            symbol_filters.append(symbol_filters_item)

        asset_filters = []
        for asset_filters_item_data in self.asset_filters:
            asset_filters_item = asset_filters_item_data.to_dict()
            asset_filters.append(asset_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchangeFilters": exchange_filters,
                "symbolFilters": symbol_filters,
                "assetFilters": asset_filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
        from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
        from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter
        from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
        from ..models.iceberg_parts_filter import IcebergPartsFilter
        from ..models.lot_size_filter import LotSizeFilter
        from ..models.market_lot_size_filter import MarketLotSizeFilter
        from ..models.max_asset_filter import MaxAssetFilter
        from ..models.max_num_algo_orders_filter import MaxNumAlgoOrdersFilter
        from ..models.max_num_iceberg_orders_filter import MaxNumIcebergOrdersFilter
        from ..models.max_num_order_amends_filter import MaxNumOrderAmendsFilter
        from ..models.max_num_order_lists_filter import MaxNumOrderListsFilter
        from ..models.max_num_orders_filter import MaxNumOrdersFilter
        from ..models.max_position_filter import MaxPositionFilter
        from ..models.min_notional_filter import MinNotionalFilter
        from ..models.notional_filter import NotionalFilter
        from ..models.percent_price_by_side_filter import PercentPriceBySideFilter
        from ..models.percent_price_filter import PercentPriceFilter
        from ..models.price_filter import PriceFilter
        from ..models.trailing_delta_filter import TrailingDeltaFilter

        d = dict(src_dict)
        exchange_filters = []
        _exchange_filters = d.pop("exchangeFilters")
        for exchange_filters_item_data in _exchange_filters:

            def _parse_exchange_filters_item(
                data: object,
            ) -> (
                ExchangeMaxNumAlgoOrdersFilter
                | ExchangeMaxNumIcebergOrdersFilter
                | ExchangeMaxNumOrderListsFilter
                | ExchangeMaxNumOrdersFilter
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_exchange_filter_type_0 = ExchangeMaxNumOrdersFilter.from_dict(data)

                    return componentsschemas_exchange_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_exchange_filter_type_1 = ExchangeMaxNumAlgoOrdersFilter.from_dict(data)

                    return componentsschemas_exchange_filter_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_exchange_filter_type_2 = ExchangeMaxNumIcebergOrdersFilter.from_dict(data)

                    return componentsschemas_exchange_filter_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_exchange_filter_type_3 = ExchangeMaxNumOrderListsFilter.from_dict(data)

                return componentsschemas_exchange_filter_type_3

            exchange_filters_item = _parse_exchange_filters_item(exchange_filters_item_data)

            exchange_filters.append(exchange_filters_item)

        symbol_filters = []
        _symbol_filters = d.pop("symbolFilters")
        for symbol_filters_item_data in _symbol_filters:

            def _parse_symbol_filters_item(
                data: object,
            ) -> (
                IcebergPartsFilter
                | LotSizeFilter
                | MarketLotSizeFilter
                | MaxNumAlgoOrdersFilter
                | MaxNumIcebergOrdersFilter
                | MaxNumOrderAmendsFilter
                | MaxNumOrderListsFilter
                | MaxNumOrdersFilter
                | MaxPositionFilter
                | MinNotionalFilter
                | NotionalFilter
                | PercentPriceBySideFilter
                | PercentPriceFilter
                | PriceFilter
                | TrailingDeltaFilter
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_0 = PriceFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_1 = PercentPriceFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_2 = PercentPriceBySideFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_3 = LotSizeFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_4 = MinNotionalFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_5 = NotionalFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_6 = IcebergPartsFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_7 = MarketLotSizeFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_8 = MaxNumOrdersFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_9 = MaxNumAlgoOrdersFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_10 = MaxNumIcebergOrdersFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_11 = MaxPositionFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_12 = TrailingDeltaFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_symbol_filter_type_13 = MaxNumOrderAmendsFilter.from_dict(data)

                    return componentsschemas_symbol_filter_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_symbol_filter_type_14 = MaxNumOrderListsFilter.from_dict(data)

                return componentsschemas_symbol_filter_type_14

            symbol_filters_item = _parse_symbol_filters_item(symbol_filters_item_data)

            symbol_filters.append(symbol_filters_item)

        asset_filters = []
        _asset_filters = d.pop("assetFilters")
        for asset_filters_item_data in _asset_filters:
            asset_filters_item = MaxAssetFilter.from_dict(asset_filters_item_data)

            asset_filters.append(asset_filters_item)

        _instance = cls(
            exchange_filters=exchange_filters,
            symbol_filters=symbol_filters,
            asset_filters=asset_filters,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
