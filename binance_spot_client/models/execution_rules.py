"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="ExecutionRules")


@_attrs_define
class ExecutionRules(AdditionalProperties[Any]):
    """Execution rules of the selected symbols.

    Attributes:
        symbol_rules (list[SymbolExecutionRules]): One entry per symbol.
    """

    symbol_rules: list[SymbolExecutionRules]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_rules = []
        for symbol_rules_item_data in self.symbol_rules:
            symbol_rules_item = symbol_rules_item_data.to_dict()
            symbol_rules.append(symbol_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolRules": symbol_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        symbol_rules = [SymbolExecutionRules.from_dict(item) for item in d["symbolRules"]]

        _instance = cls(
            symbol_rules,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.symbol_execution_rules import SymbolExecutionRules  # noqa: E402

_WIRE_NAMES = frozenset({"symbolRules"})
