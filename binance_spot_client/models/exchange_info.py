"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..signing import UNSET, StructModel, Unset

T = TypeVar("T", bound="ExchangeInfo")


class ExchangeInfo(
    StructModel,
    rename="camel",
):
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

    def to_dict(self) -> dict[str, Any]:
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
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        rate_limits = [RateLimit.from_dict(item) for item in d["rateLimits"]]
        exchange_filters = [
            exchange_filters_item_kind.from_dict(item)
            if isinstance(item, dict)
            and (exchange_filters_item_kind := _EXCHANGE_FILTER_BY_FILTER_TYPE.get(item.get("filterType"))) is not None
            else _parse_exchange_filters_item(item)
            for item in d["exchangeFilters"]
        ]
        symbols = [SymbolInfo.from_dict(item) for item in d["symbols"]]
        _sors = d.get("sors", UNSET)
        sors: list[SorInfo] | Unset = UNSET if _sors is UNSET else [SorInfo.from_dict(item) for item in _sors]

        _instance = cls(
            d["timezone"],
            d["serverTime"],
            rate_limits,
            exchange_filters,
            symbols,
            sors,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.exchange_max_num_algo_orders_filter import ExchangeMaxNumAlgoOrdersFilter  # noqa: E402
from ..models.exchange_max_num_iceberg_orders_filter import ExchangeMaxNumIcebergOrdersFilter  # noqa: E402
from ..models.exchange_max_num_order_lists_filter import ExchangeMaxNumOrderListsFilter  # noqa: E402
from ..models.exchange_max_num_orders_filter import ExchangeMaxNumOrdersFilter  # noqa: E402
from ..models.rate_limit import RateLimit  # noqa: E402
from ..models.sor_info import SorInfo  # noqa: E402
from ..models.symbol_info import SymbolInfo  # noqa: E402


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


_WIRE_NAMES = frozenset({"timezone", "serverTime", "rateLimits", "exchangeFilters", "symbols", "sors"})
