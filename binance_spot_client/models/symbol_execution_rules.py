"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price_range_execution_rule import PriceRangeExecutionRule


T = TypeVar("T", bound="SymbolExecutionRules")


@_attrs_define
class SymbolExecutionRules:
    """The execution rules in force on one symbol.

    Attributes:
        symbol (str): The symbol the rules apply to.
        rules (list[PriceRangeExecutionRule]): The rules; `ruleType` tells which kind each one is.
    """

    symbol: str
    rules: list[PriceRangeExecutionRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_range_execution_rule import PriceRangeExecutionRule

        d = dict(src_dict)
        symbol = d.pop("symbol")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = PriceRangeExecutionRule.from_dict(rules_item_data)

            rules.append(rules_item)

        _instance = cls(
            symbol=symbol,
            rules=rules,
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
