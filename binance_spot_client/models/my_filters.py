"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MyFilters")


@_attrs_define
class MyFilters(AdditionalProperties[Any]):
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
        d = src_dict
        exchange_filters = [
            exchange_filters_item_kind.from_dict(item)
            if isinstance(item, dict)
            and (exchange_filters_item_kind := _EXCHANGE_FILTER_BY_FILTER_TYPE.get(item.get("filterType"))) is not None
            else _parse_exchange_filters_item(item)
            for item in d["exchangeFilters"]
        ]
        symbol_filters = [
            symbol_filters_item_kind.from_dict(item)
            if isinstance(item, dict)
            and (symbol_filters_item_kind := _SYMBOL_FILTER_BY_FILTER_TYPE.get(item.get("filterType"))) is not None
            else _parse_symbol_filters_item(item)
            for item in d["symbolFilters"]
        ]
        asset_filters = [MaxAssetFilter.from_dict(item) for item in d["assetFilters"]]

        _instance = cls(
            exchange_filters,
            symbol_filters,
            asset_filters,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter  # noqa: E402
from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter  # noqa: E402
from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter  # noqa: E402
from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter  # noqa: E402
from ..models.iceberg_parts_filter import IcebergPartsFilter  # noqa: E402
from ..models.lot_size_filter import LotSizeFilter  # noqa: E402
from ..models.market_lot_size_filter import MarketLotSizeFilter  # noqa: E402
from ..models.max_asset_filter import MaxAssetFilter  # noqa: E402
from ..models.max_num_algo_orders_filter import MaxNumAlgoOrdersFilter  # noqa: E402
from ..models.max_num_iceberg_orders_filter import MaxNumIcebergOrdersFilter  # noqa: E402
from ..models.max_num_order_amends_filter import MaxNumOrderAmendsFilter  # noqa: E402
from ..models.max_num_order_lists_filter import MaxNumOrderListsFilter  # noqa: E402
from ..models.max_num_orders_filter import MaxNumOrdersFilter  # noqa: E402
from ..models.max_position_filter import MaxPositionFilter  # noqa: E402
from ..models.min_notional_filter import MinNotionalFilter  # noqa: E402
from ..models.notional_filter import NotionalFilter  # noqa: E402
from ..models.percent_price_by_side_filter import PercentPriceBySideFilter  # noqa: E402
from ..models.percent_price_filter import PercentPriceFilter  # noqa: E402
from ..models.price_filter import PriceFilter  # noqa: E402
from ..models.trailing_delta_filter import TrailingDeltaFilter  # noqa: E402


def _parse_exchange_filters_item(
    data: object,
) -> (
    ExchangeMaxNumAlgoOrdersFilter
    | ExchangeMaxNumIcebergOrdersFilter
    | ExchangeMaxNumOrderListsFilter
    | ExchangeMaxNumOrdersFilter
):
    if isinstance(data, dict):
        member = _EXCHANGE_FILTER_BY_FILTER_TYPE.get(data.get("filterType"))
        if member is not None:
            return member.from_dict(data)
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


_EXCHANGE_FILTER_BY_FILTER_TYPE: dict[
    object,
    type[ExchangeMaxNumAlgoOrdersFilter]
    | type[ExchangeMaxNumIcebergOrdersFilter]
    | type[ExchangeMaxNumOrderListsFilter]
    | type[ExchangeMaxNumOrdersFilter],
] = {
    "EXCHANGE_MAX_NUM_ALGO_ORDERS": ExchangeMaxNumAlgoOrdersFilter,
    "EXCHANGE_MAX_NUM_ICEBERG_ORDERS": ExchangeMaxNumIcebergOrdersFilter,
    "EXCHANGE_MAX_NUM_ORDER_LISTS": ExchangeMaxNumOrderListsFilter,
    "EXCHANGE_MAX_NUM_ORDERS": ExchangeMaxNumOrdersFilter,
}


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
    if isinstance(data, dict):
        member = _SYMBOL_FILTER_BY_FILTER_TYPE.get(data.get("filterType"))
        if member is not None:
            return member.from_dict(data)
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


_SYMBOL_FILTER_BY_FILTER_TYPE: dict[
    object,
    type[IcebergPartsFilter]
    | type[LotSizeFilter]
    | type[MarketLotSizeFilter]
    | type[MaxNumAlgoOrdersFilter]
    | type[MaxNumIcebergOrdersFilter]
    | type[MaxNumOrderAmendsFilter]
    | type[MaxNumOrderListsFilter]
    | type[MaxNumOrdersFilter]
    | type[MaxPositionFilter]
    | type[MinNotionalFilter]
    | type[NotionalFilter]
    | type[PercentPriceFilter]
    | type[PercentPriceBySideFilter]
    | type[PriceFilter]
    | type[TrailingDeltaFilter],
] = {
    "ICEBERG_PARTS": IcebergPartsFilter,
    "LOT_SIZE": LotSizeFilter,
    "MARKET_LOT_SIZE": MarketLotSizeFilter,
    "MAX_NUM_ALGO_ORDERS": MaxNumAlgoOrdersFilter,
    "MAX_NUM_ICEBERG_ORDERS": MaxNumIcebergOrdersFilter,
    "MAX_NUM_ORDER_AMENDS": MaxNumOrderAmendsFilter,
    "MAX_NUM_ORDER_LISTS": MaxNumOrderListsFilter,
    "MAX_NUM_ORDERS": MaxNumOrdersFilter,
    "MAX_POSITION": MaxPositionFilter,
    "MIN_NOTIONAL": MinNotionalFilter,
    "NOTIONAL": NotionalFilter,
    "PERCENT_PRICE": PercentPriceFilter,
    "PERCENT_PRICE_BY_SIDE": PercentPriceBySideFilter,
    "PRICE_FILTER": PriceFilter,
    "TRAILING_DELTA": TrailingDeltaFilter,
}


_WIRE_NAMES = frozenset({"exchangeFilters", "symbolFilters", "assetFilters"})
