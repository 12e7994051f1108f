"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
    from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
    from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter
    from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
    from ..models.rate_limit import RateLimit
    from ..models.sor_info import SorInfo
    from ..models.symbol_info import SymbolInfo


T = TypeVar("T", bound="ExchangeInfo")


@_attrs_define
class ExchangeInfo:
    """Trading rules of the exchange and of the selected symbols.

    Attributes:
        timezone (str): Time zone the server reports its times in (`UTC`).
        server_time (int): Server time when the answer was built, in milliseconds.
        rate_limits (list[RateLimit]): Request, raw request and order rate limits that apply to the API.
        exchange_filters (list[ExchangeMaxNumAlgoOrdersFilter | ExchangeMaxNumIcebergOrdersFilter |
            ExchangeMaxNumOrderListsFilter | ExchangeMaxNumOrdersFilter]): Filters applying across the whole exchange; often
            empty.
        symbols (list[SymbolInfo]): One entry per selected symbol.
        sors (list[SorInfo] | Unset): Groups of symbols that the smart order router can trade together. Present only
            where SOR is available.
    """

    timezone: str
    server_time: int
    rate_limits: list[RateLimit]
    exchange_filters: list[
        ExchangeMaxNumAlgoOrdersFilter
        | ExchangeMaxNumIcebergOrdersFilter
        | ExchangeMaxNumOrderListsFilter
        | ExchangeMaxNumOrdersFilter
    ]
    symbols: list[SymbolInfo]
    sors: list[SorInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
        from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
        from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter

        timezone = self.timezone

        server_time = self.server_time

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

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

        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        sors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sors, Unset):
            sors = []
            for sors_item_data in self.sors:
                sors_item = sors_item_data.to_dict()
                sors.append(sors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "serverTime": server_time,
                "rateLimits": rate_limits,
                "exchangeFilters": exchange_filters,
                "symbols": symbols,
            }
        )
        if sors is not UNSET:
            field_dict["sors"] = sors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter
        from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter
        from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter
        from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter
        from ..models.rate_limit import RateLimit
        from ..models.sor_info import SorInfo
        from ..models.symbol_info import SymbolInfo

        d = dict(src_dict)
        timezone = d.pop("timezone")

        server_time = d.pop("serverTime")

        rate_limits = []
        _rate_limits = d.pop("rateLimits")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = RateLimit.from_dict(rate_limits_item_data)

            rate_limits.append(rate_limits_item)

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

        symbols = []
        _symbols = d.pop("symbols")
        for symbols_item_data in _symbols:
            symbols_item = SymbolInfo.from_dict(symbols_item_data)

            symbols.append(symbols_item)

        _sors = d.pop("sors", UNSET)
        sors: list[SorInfo] | Unset = UNSET
        if _sors is not UNSET:
            sors = []
            for sors_item_data in _sors:
                sors_item = SorInfo.from_dict(sors_item_data)

                sors.append(sors_item)

        _instance = cls(
            timezone=timezone,
            server_time=server_time,
            rate_limits=rate_limits,
            exchange_filters=exchange_filters,
            symbols=symbols,
            sors=sors,
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
