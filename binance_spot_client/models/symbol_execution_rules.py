"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SymbolExecutionRules")


@_attrs_define
class SymbolExecutionRules(AdditionalProperties[Any]):
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
        d = src_dict
        rules = [PriceRangeExecutionRule.from_dict(item) for item in d["rules"]]

        _instance = cls(
            d["symbol"],
            rules,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.price_range_execution_rule import PriceRangeExecutionRule  # noqa: E402

_WIRE_NAMES = frozenset({"symbol", "rules"})
