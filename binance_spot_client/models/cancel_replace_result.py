"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_replace_step_result import CancelReplaceStepResult
from ..signing import AdditionalProperties

T = TypeVar("T", bound="CancelReplaceResult")


@_attrs_define
class CancelReplaceResult(AdditionalProperties[Any]):
    """Answer of a cancel-replace request in which both the cancellation and the new order succeeded.

    Attributes:
        cancel_result (CancelReplaceStepResult): Outcome of one half (cancel or new order) of a cancel-replace request.
        new_order_result (CancelReplaceStepResult): Outcome of one half (cancel or new order) of a cancel-replace
            request.
        cancel_response (CanceledOrder): An order as it stands after being canceled.
        new_order_response (NewOrderAck | NewOrderFull | NewOrderResult): The new order, in the format chosen with
            `newOrderRespType`.
    """

    cancel_result: CancelReplaceStepResult
    new_order_result: CancelReplaceStepResult
    cancel_response: CanceledOrder
    new_order_response: NewOrderAck | NewOrderFull | NewOrderResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_result = self.cancel_result.value

        new_order_result = self.new_order_result.value

        cancel_response = self.cancel_response.to_dict()

        new_order_response: dict[str, Any]
        if isinstance(self.new_order_response, NewOrderFull) or isinstance(self.new_order_response, NewOrderResult):
            new_order_response = self.new_order_response.to_dict()
        else:
            new_order_response = self.new_order_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelResult": cancel_result,
                "newOrderResult": new_order_result,
                "cancelResponse": cancel_response,
                "newOrderResponse": new_order_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cancel_result = _CANCEL_REPLACE_STEP_RESULT.get(d["cancelResult"]) or CancelReplaceStepResult(d["cancelResult"])
        new_order_result = _CANCEL_REPLACE_STEP_RESULT.get(d["newOrderResult"]) or CancelReplaceStepResult(
            d["newOrderResult"]
        )
        cancel_response = CanceledOrder.from_dict(d["cancelResponse"])
        new_order_response = _parse_new_order_response(d["newOrderResponse"])

        _instance = cls(
            cancel_result,
            new_order_result,
            cancel_response,
            new_order_response,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.canceled_order import CanceledOrder  # noqa: E402
from ..models.new_order_ack import NewOrderAck  # noqa: E402
from ..models.new_order_full import NewOrderFull  # noqa: E402
from ..models.new_order_result import NewOrderResult  # noqa: E402

_CANCEL_REPLACE_STEP_RESULT: dict[object, CancelReplaceStepResult] = {
    member.value: member for member in CancelReplaceStepResult
}


def _parse_new_order_response(data: object) -> NewOrderAck | NewOrderFull | NewOrderResult:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        new_order_response_type_0 = NewOrderFull.from_dict(data)

        return new_order_response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        new_order_response_type_1 = NewOrderResult.from_dict(data)

        return new_order_response_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    new_order_response_type_2 = NewOrderAck.from_dict(data)

    return new_order_response_type_2


_WIRE_NAMES = frozenset({"cancelResult", "newOrderResult", "cancelResponse", "newOrderResponse"})
