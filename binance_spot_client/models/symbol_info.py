"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.order_type import OrderType
from ..models.permission import Permission
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.symbol_status import SymbolStatus
from ..signing import UNSET, StructModel, Unset

T = TypeVar("T", bound="SymbolInfo")


class SymbolInfo(
    StructModel,
    rename="camel",
):
    """Rules and capabilities of one trading pair.

    Attributes:
        symbol (str): The pair's name, e.g. `ETHBTC`.
        status (SymbolStatus): Trading state of a symbol on the exchange.
        base_asset (str): The asset being bought or sold.
        base_asset_precision (int): Number of decimals used for amounts of the base asset.
        quote_asset (str): The asset prices are expressed in.
        quote_precision (int): Older name for the quote asset's precision; same value as `quoteAssetPrecision`. Binance
            plans to drop it in a later API version.
        quote_asset_precision (int): Number of decimals used for amounts of the quote asset.
        base_commission_precision (int): Number of decimals of commissions charged in the base asset.
        quote_commission_precision (int): Number of decimals of commissions charged in the quote asset.
        order_types (list[OrderType]): Order types this pair accepts.
        iceberg_allowed (bool): Whether iceberg orders (with `icebergQty`) are accepted.
        oco_allowed (bool): Whether OCO order lists are accepted.
        oto_allowed (bool): Whether OTO (and OTOCO) order lists are accepted.
        opo_allowed (bool): Whether OPO (and OPOCO) order lists are accepted.
        quote_order_qty_market_allowed (bool): Whether market orders may be sized in the quote asset (`quoteOrderQty`).
        allow_trailing_stop (bool): Whether trailing stop orders (with `trailingDelta`) are accepted.
        cancel_replace_allowed (bool): Whether the cancel-replace operation may be used.
        amend_allowed (bool): Whether orders may be amended while keeping their priority.
        peg_instructions_allowed (bool): Whether pegged orders (peg instructions) are accepted.
        is_spot_trading_allowed (bool): Whether spot trading is enabled for the pair.
        is_margin_trading_allowed (bool): Whether margin trading is enabled for the pair.
        filters (list[IcebergPartsFilter | LotSizeFilter | MarketLotSizeFilter | MaxNumAlgoOrdersFilter |
            MaxNumIcebergOrdersFilter | MaxNumOrderAmendsFilter | MaxNumOrderListsFilter | MaxNumOrdersFilter |
            MaxPositionFilter | MinNotionalFilter | NotionalFilter | PercentPriceBySideFilter | PercentPriceFilter |
            PriceFilter | TrailingDeltaFilter]): The symbol filters an order on this pair must pass.
        permissions (list[Permission]): Legacy flat list of permissions; may be empty, read `permissionSets` instead.
        permission_sets (list[list[Permission]]): Permissions an account needs to trade the pair: every inner list must
            be satisfied, and an inner list is satisfied by holding any one of its permissions. Empty when
            `showPermissionSets=false` was sent.
        default_self_trade_prevention_mode (SelfTradePreventionMode): What happens when an order would trade against an
            order of the same account or trade group.
        allowed_self_trade_prevention_modes (list[SelfTradePreventionMode]): STP modes an order on this pair may choose.
    """

    symbol: str
    status: SymbolStatus
    base_asset: str
    base_asset_precision: int
    quote_asset: str
    quote_precision: int
    quote_asset_precision: int
    base_commission_precision: int
    quote_commission_precision: int
    order_types: list[OrderType]
    iceberg_allowed: bool
    oco_allowed: bool
    oto_allowed: bool
    opo_allowed: bool | Unset
    quote_order_qty_market_allowed: bool
    allow_trailing_stop: bool
    cancel_replace_allowed: bool
    amend_allowed: bool
    peg_instructions_allowed: bool
    is_spot_trading_allowed: bool
    is_margin_trading_allowed: bool
    filters: list[
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
    permissions: list[Permission]
    permission_sets: list[list[Permission]]
    default_self_trade_prevention_mode: SelfTradePreventionMode
    allowed_self_trade_prevention_modes: list[SelfTradePreventionMode]

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        status = self.status.value

        base_asset = self.base_asset

        base_asset_precision = self.base_asset_precision

        quote_asset = self.quote_asset

        quote_precision = self.quote_precision

        quote_asset_precision = self.quote_asset_precision

        base_commission_precision = self.base_commission_precision

        quote_commission_precision = self.quote_commission_precision

        order_types = []
        for order_types_item_data in self.order_types:
            order_types_item = order_types_item_data.value
            order_types.append(order_types_item)

        iceberg_allowed = self.iceberg_allowed

        oco_allowed = self.oco_allowed

        oto_allowed = self.oto_allowed

        opo_allowed = self.opo_allowed

        quote_order_qty_market_allowed = self.quote_order_qty_market_allowed

        allow_trailing_stop = self.allow_trailing_stop

        cancel_replace_allowed = self.cancel_replace_allowed

        amend_allowed = self.amend_allowed

        peg_instructions_allowed = self.peg_instructions_allowed

        is_spot_trading_allowed = self.is_spot_trading_allowed

        is_margin_trading_allowed = self.is_margin_trading_allowed

        filters = []
        for filters_item_data in self.filters:
            filters_item: dict[str, Any]
            if (
                isinstance(filters_item_data, PriceFilter)
                or isinstance(filters_item_data, PercentPriceFilter)
                or isinstance(filters_item_data, PercentPriceBySideFilter)
                or isinstance(filters_item_data, LotSizeFilter)
                or isinstance(filters_item_data, MinNotionalFilter)
                or isinstance(filters_item_data, NotionalFilter)
                or isinstance(filters_item_data, IcebergPartsFilter)
                or isinstance(filters_item_data, MarketLotSizeFilter)
                or isinstance(filters_item_data, MaxNumOrdersFilter)
                or isinstance(filters_item_data, MaxNumAlgoOrdersFilter)
                or isinstance(filters_item_data, MaxNumIcebergOrdersFilter)
                or isinstance(filters_item_data, MaxPositionFilter)
                or isinstance(filters_item_data, TrailingDeltaFilter)
                or isinstance(filters_item_data, MaxNumOrderAmendsFilter)
            ):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data.to_dict()

            filters.append(filters_item)

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        permission_sets = []
        for permission_sets_item_data in self.permission_sets:
            permission_sets_item = []
            for permission_sets_item_item_data in permission_sets_item_data:
                permission_sets_item_item = permission_sets_item_item_data.value
                permission_sets_item.append(permission_sets_item_item)

            permission_sets.append(permission_sets_item)

        default_self_trade_prevention_mode = self.default_self_trade_prevention_mode.value

        allowed_self_trade_prevention_modes = []
        for allowed_self_trade_prevention_modes_item_data in self.allowed_self_trade_prevention_modes:
            allowed_self_trade_prevention_modes_item = allowed_self_trade_prevention_modes_item_data.value
            allowed_self_trade_prevention_modes.append(allowed_self_trade_prevention_modes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "status": status,
                "baseAsset": base_asset,
                "baseAssetPrecision": base_asset_precision,
                "quoteAsset": quote_asset,
                "quotePrecision": quote_precision,
                "quoteAssetPrecision": quote_asset_precision,
                "baseCommissionPrecision": base_commission_precision,
                "quoteCommissionPrecision": quote_commission_precision,
                "orderTypes": order_types,
                "icebergAllowed": iceberg_allowed,
                "ocoAllowed": oco_allowed,
                "otoAllowed": oto_allowed,
                "quoteOrderQtyMarketAllowed": quote_order_qty_market_allowed,
                "allowTrailingStop": allow_trailing_stop,
                "cancelReplaceAllowed": cancel_replace_allowed,
                "amendAllowed": amend_allowed,
                "pegInstructionsAllowed": peg_instructions_allowed,
                "isSpotTradingAllowed": is_spot_trading_allowed,
                "isMarginTradingAllowed": is_margin_trading_allowed,
                "filters": filters,
                "permissions": permissions,
                "permissionSets": permission_sets,
                "defaultSelfTradePreventionMode": default_self_trade_prevention_mode,
                "allowedSelfTradePreventionModes": allowed_self_trade_prevention_modes,
            }
        )
        if opo_allowed is not UNSET:
            field_dict["opoAllowed"] = opo_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        status = _SYMBOL_STATUS.get(d["status"]) or SymbolStatus(d["status"])
        order_types = [_ORDER_TYPE.get(item) or OrderType(item) for item in d["orderTypes"]]
        filters = [
            filters_item_kind.from_dict(item)
            if isinstance(item, dict)
            and (filters_item_kind := _SYMBOL_FILTER_BY_FILTER_TYPE.get(item.get("filterType"))) is not None
            else _parse_filters_item(item)
            for item in d["filters"]
        ]
        permissions = [_PERMISSION.get(item) or Permission(item) for item in d["permissions"]]
        permission_sets = [
            [_PERMISSION.get(item_1) or Permission(item_1) for item_1 in item] for item in d["permissionSets"]
        ]
        default_self_trade_prevention_mode = _SELF_TRADE_PREVENTION_MODE.get(
            d["defaultSelfTradePreventionMode"]
        ) or SelfTradePreventionMode(d["defaultSelfTradePreventionMode"])
        allowed_self_trade_prevention_modes = [
            _SELF_TRADE_PREVENTION_MODE.get(item) or SelfTradePreventionMode(item)
            for item in d["allowedSelfTradePreventionModes"]
        ]

        _instance = cls(
            d["symbol"],
            status,
            d["baseAsset"],
            d["baseAssetPrecision"],
            d["quoteAsset"],
            d["quotePrecision"],
            d["quoteAssetPrecision"],
            d["baseCommissionPrecision"],
            d["quoteCommissionPrecision"],
            order_types,
            d["icebergAllowed"],
            d["ocoAllowed"],
            d["otoAllowed"],
            d.get("opoAllowed", UNSET),
            d["quoteOrderQtyMarketAllowed"],
            d["allowTrailingStop"],
            d["cancelReplaceAllowed"],
            d["amendAllowed"],
            d["pegInstructionsAllowed"],
            d["isSpotTradingAllowed"],
            d["isMarginTradingAllowed"],
            filters,
            permissions,
            permission_sets,
            default_self_trade_prevention_mode,
            allowed_self_trade_prevention_modes,
        )
        if len(d) > 26 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.iceberg_parts_filter import IcebergPartsFilter  # noqa: E402
from ..models.lot_size_filter import LotSizeFilter  # noqa: E402
from ..models.market_lot_size_filter import MarketLotSizeFilter  # noqa: E402
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

_SYMBOL_STATUS: dict[object, SymbolStatus] = {member.value: member for member in SymbolStatus}
_ORDER_TYPE: dict[object, OrderType] = {member.value: member for member in OrderType}


def _parse_filters_item(
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

_PERMISSION: dict[object, Permission] = {member.value: member for member in Permission}


_SELF_TRADE_PREVENTION_MODE: dict[object, SelfTradePreventionMode] = {
    member.value: member for member in SelfTradePreventionMode
}


_WIRE_NAMES = frozenset(
    {
        "symbol",
        "status",
        "baseAsset",
        "baseAssetPrecision",
        "quoteAsset",
        "quotePrecision",
        "quoteAssetPrecision",
        "baseCommissionPrecision",
        "quoteCommissionPrecision",
        "orderTypes",
        "icebergAllowed",
        "ocoAllowed",
        "otoAllowed",
        "opoAllowed",
        "quoteOrderQtyMarketAllowed",
        "allowTrailingStop",
        "cancelReplaceAllowed",
        "amendAllowed",
        "pegInstructionsAllowed",
        "isSpotTradingAllowed",
        "isMarginTradingAllowed",
        "filters",
        "permissions",
        "permissionSets",
        "defaultSelfTradePreventionMode",
        "allowedSelfTradePreventionModes",
    }
)
