"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthConvertOrder")


@_attrs_define
class OAuthConvertOrder:
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
        d = dict(src_dict)
        order_id = d.pop("orderId")

        status = d.pop("status")

        quote_id = d.pop("quoteId", UNSET)

        from_asset = d.pop("fromAsset", UNSET)

        to_asset = d.pop("toAsset", UNSET)

        from_amount = d.pop("fromAmount", UNSET)

        to_amount = d.pop("toAmount", UNSET)

        price = d.pop("price", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        _instance = cls(
            order_id=order_id,
            status=status,
            quote_id=quote_id,
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            price=price,
            create_time=create_time,
            update_time=update_time,
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
