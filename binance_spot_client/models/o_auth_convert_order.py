"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertOrder")


@_attrs_define
class OAuthConvertOrder(AdditionalProperties[Any]):
    """
    Attributes:
        order_id (str):
        status (str):
        quote_id (str | Unset):
        from_asset (str | Unset):
        to_asset (str | Unset):
        from_amount (str | Unset):
        to_amount (str | Unset):
        price (str | Unset):
        create_time (int | Unset):
        update_time (int | Unset):
    """

    order_id: str
    status: str
    quote_id: str | Unset = UNSET
    from_asset: str | Unset = UNSET
    to_asset: str | Unset = UNSET
    from_amount: str | Unset = UNSET
    to_amount: str | Unset = UNSET
    price: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_amount_decimal(self) -> Decimal | Unset:
        """`from_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.from_amount, Unset) else Decimal(self.from_amount)

    @property
    def to_amount_decimal(self) -> Decimal | Unset:
        """`to_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.to_amount, Unset) else Decimal(self.to_amount)

    @property
    def price_decimal(self) -> Decimal | Unset:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.price, Unset) else Decimal(self.price)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status

        quote_id = self.quote_id

        from_asset = self.from_asset

        to_asset = self.to_asset

        from_amount = self.from_amount

        to_amount = self.to_amount

        price = self.price

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id
        if from_asset is not UNSET:
            field_dict["fromAsset"] = from_asset
        if to_asset is not UNSET:
            field_dict["toAsset"] = to_asset
        if from_amount is not UNSET:
            field_dict["fromAmount"] = from_amount
        if to_amount is not UNSET:
            field_dict["toAmount"] = to_amount
        if price is not UNSET:
            field_dict["price"] = price
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["status"],
            d.get("quoteId", UNSET),
            d.get("fromAsset", UNSET),
            d.get("toAsset", UNSET),
            d.get("fromAmount", UNSET),
            d.get("toAmount", UNSET),
            d.get("price", UNSET),
            d.get("createTime", UNSET),
            d.get("updateTime", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "status",
        "quoteId",
        "fromAsset",
        "toAsset",
        "fromAmount",
        "toAmount",
        "price",
        "createTime",
        "updateTime",
    }
)
