"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OrderAmendResult")


@_attrs_define
class OrderAmendResult(AdditionalProperties[Any]):
    """Answer of an in-place quantity reduction (amend keep priority).

    Attributes:
        transact_time (int): Time the matching engine processed the amendment, in milliseconds.
        execution_id (int): Id of the amendment's execution.
        amended_order (AmendedOrder): An order as it stands right after its quantity was reduced in place.
        list_status (AmendedOrderListStatus | Unset): Status of the order list an amended order belongs to.
    """

    transact_time: int
    execution_id: int
    amended_order: AmendedOrder
    list_status: AmendedOrderListStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transact_time = self.transact_time

        execution_id = self.execution_id

        amended_order = self.amended_order.to_dict()

        list_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_status, Unset):
            list_status = self.list_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactTime": transact_time,
                "executionId": execution_id,
                "amendedOrder": amended_order,
            }
        )
        if list_status is not UNSET:
            field_dict["listStatus"] = list_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amended_order = AmendedOrder.from_dict(d["amendedOrder"])
        _list_status = d.get("listStatus", UNSET)
        list_status: AmendedOrderListStatus | Unset = (
            UNSET if _list_status is UNSET else AmendedOrderListStatus.from_dict(_list_status)
        )

        _instance = cls(
            d["transactTime"],
            d["executionId"],
            amended_order,
            list_status,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.amended_order import AmendedOrder  # noqa: E402
from ..models.amended_order_list_status import AmendedOrderListStatus  # noqa: E402

_WIRE_NAMES = frozenset({"transactTime", "executionId", "amendedOrder", "listStatus"})
