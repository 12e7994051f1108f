"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ConvertOrder")


@_attrs_define
class ConvertOrder(AdditionalProperties[Any]):
    """A conversion order.

    Attributes:
        order_id (int): Id of the order.
        order_status (str): `PROCESS`, `ACCEPT_SUCCESS`, `SUCCESS` or `FAIL`; limit orders also know other states.
        from_asset (str): Asset given.
        from_amount (str): Amount given.
        to_asset (str): Asset received.
        to_amount (str): Amount received.
        ratio (str): Price: `toAsset` per unit of `fromAsset`.
        inverse_ratio (str): Inverse price: `fromAsset` per unit of `toAsset`.
        create_time (int): Time the order was created, UTC milliseconds.
        quote_id (str | Unset): Quote the order came from; in history and open limit orders.
        expired_timestamp (int | Unset): When an open limit order expires, UTC milliseconds; only for limit orders.
    """

    order_id: int
    order_status: str
    from_asset: str
    from_amount: str
    to_asset: str
    to_amount: str
    ratio: str
    inverse_ratio: str
    create_time: int
    quote_id: str | Unset = UNSET
    expired_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_amount_decimal(self) -> Decimal:
        """`from_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_amount)

    @property
    def to_amount_decimal(self) -> Decimal:
        """`to_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_amount)

    @property
    def ratio_decimal(self) -> Decimal:
        """`ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ratio)

    @property
    def inverse_ratio_decimal(self) -> Decimal:
        """`inverse_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.inverse_ratio)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status = self.order_status

        from_asset = self.from_asset

        from_amount = self.from_amount

        to_asset = self.to_asset

        to_amount = self.to_amount

        ratio = self.ratio

        inverse_ratio = self.inverse_ratio

        create_time = self.create_time

        quote_id = self.quote_id

        expired_timestamp = self.expired_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderStatus": order_status,
                "fromAsset": from_asset,
                "fromAmount": from_amount,
                "toAsset": to_asset,
                "toAmount": to_amount,
                "ratio": ratio,
                "inverseRatio": inverse_ratio,
                "createTime": create_time,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id
        if expired_timestamp is not UNSET:
            field_dict["expiredTimestamp"] = expired_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["orderStatus"],
            d["fromAsset"],
            d["fromAmount"],
            d["toAsset"],
            d["toAmount"],
            d["ratio"],
            d["inverseRatio"],
            d["createTime"],
            d.get("quoteId", UNSET),
            d.get("expiredTimestamp", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "orderStatus",
        "fromAsset",
        "fromAmount",
        "toAsset",
        "toAmount",
        "ratio",
        "inverseRatio",
        "createTime",
        "quoteId",
        "expiredTimestamp",
    }
)
