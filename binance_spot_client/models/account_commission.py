"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AccountCommission")


@_attrs_define
class AccountCommission(AdditionalProperties[Any]):
    """The commission rates that apply to the account on one symbol.

    Attributes:
        symbol (str): The symbol the rates apply to.
        standard_commission (CommissionRates): Commission rates as decimal fractions (0.001 is 0.1 %).
        special_commission (CommissionRates): Commission rates as decimal fractions (0.001 is 0.1 %).
        tax_commission (CommissionRates): Commission rates as decimal fractions (0.001 is 0.1 %).
        discount (AccountCommissionDiscount): The discount on standard commission when it is paid in BNB.
    """

    symbol: str
    standard_commission: CommissionRates
    special_commission: CommissionRates
    tax_commission: CommissionRates
    discount: AccountCommissionDiscount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        standard_commission = self.standard_commission.to_dict()

        special_commission = self.special_commission.to_dict()

        tax_commission = self.tax_commission.to_dict()

        discount = self.discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "standardCommission": standard_commission,
                "specialCommission": special_commission,
                "taxCommission": tax_commission,
                "discount": discount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        standard_commission = CommissionRates.from_dict(d["standardCommission"])
        special_commission = CommissionRates.from_dict(d["specialCommission"])
        tax_commission = CommissionRates.from_dict(d["taxCommission"])
        discount = AccountCommissionDiscount.from_dict(d["discount"])

        _instance = cls(
            d["symbol"],
            standard_commission,
            special_commission,
            tax_commission,
            discount,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.account_commission_discount import AccountCommissionDiscount  # noqa: E402
from ..models.commission_rates import CommissionRates  # noqa: E402

_WIRE_NAMES = frozenset({"symbol", "standardCommission", "specialCommission", "taxCommission", "discount"})
