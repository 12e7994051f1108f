"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TestOrderCommission")


@_attrs_define
class TestOrderCommission(AdditionalProperties[Any]):
    """Answer of a test order sent with `computeCommissionRates=true`: the commission rates its trades would pay.

    Attributes:
        standard_commission_for_order (TestOrderCommissionRates): Maker and taker rates that would apply to trades of a
            test order.
        tax_commission_for_order (TestOrderCommissionRates): Maker and taker rates that would apply to trades of a test
            order.
        discount (TestOrderCommissionDiscount): BNB discount on standard commission, as it would apply to a test order.
        special_commission_for_order (TestOrderCommissionRates | Unset): Maker and taker rates that would apply to
            trades of a test order.
    """

    standard_commission_for_order: TestOrderCommissionRates
    tax_commission_for_order: TestOrderCommissionRates
    discount: TestOrderCommissionDiscount
    special_commission_for_order: TestOrderCommissionRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_commission_for_order = self.standard_commission_for_order.to_dict()

        tax_commission_for_order = self.tax_commission_for_order.to_dict()

        discount = self.discount.to_dict()

        special_commission_for_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.special_commission_for_order, Unset):
            special_commission_for_order = self.special_commission_for_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standardCommissionForOrder": standard_commission_for_order,
                "taxCommissionForOrder": tax_commission_for_order,
                "discount": discount,
            }
        )
        if special_commission_for_order is not UNSET:
            field_dict["specialCommissionForOrder"] = special_commission_for_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        standard_commission_for_order = TestOrderCommissionRates.from_dict(d["standardCommissionForOrder"])
        tax_commission_for_order = TestOrderCommissionRates.from_dict(d["taxCommissionForOrder"])
        discount = TestOrderCommissionDiscount.from_dict(d["discount"])
        _special_commission_for_order = d.get("specialCommissionForOrder", UNSET)
        special_commission_for_order: TestOrderCommissionRates | Unset = (
            UNSET
            if _special_commission_for_order is UNSET
            else TestOrderCommissionRates.from_dict(_special_commission_for_order)
        )

        _instance = cls(
            standard_commission_for_order,
            tax_commission_for_order,
            discount,
            special_commission_for_order,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.test_order_commission_discount import TestOrderCommissionDiscount  # noqa: E402
from ..models.test_order_commission_rates import TestOrderCommissionRates  # noqa: E402

_WIRE_NAMES = frozenset(
    {"standardCommissionForOrder", "taxCommissionForOrder", "discount", "specialCommissionForOrder"}
)
