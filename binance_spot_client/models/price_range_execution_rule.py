"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_rule_type import ExecutionRuleType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="PriceRangeExecutionRule")


@_attrs_define
class PriceRangeExecutionRule(AdditionalProperties[Any]):
    """A price-range rule: trades are kept within bounds derived from the symbol's reference price by these multipliers,
    with separate bounds for the buy and the sell side.

        Attributes:
            rule_type (ExecutionRuleType): Kind of execution rule returned by the execution rules endpoint.
            bid_limit_mult_up (str): Factor giving the highest price a buy may trade at.
            bid_limit_mult_down (str): Factor giving the lowest price a buy may trade at.
            ask_limit_mult_up (str): Factor giving the highest price a sell may trade at.
            ask_limit_mult_down (str): Factor giving the lowest price a sell may trade at.
    """

    rule_type: ExecutionRuleType
    bid_limit_mult_up: str
    bid_limit_mult_down: str
    ask_limit_mult_up: str
    ask_limit_mult_down: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def bid_limit_mult_up_decimal(self) -> Decimal:
        """`bid_limit_mult_up` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_limit_mult_up)

    @property
    def bid_limit_mult_down_decimal(self) -> Decimal:
        """`bid_limit_mult_down` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_limit_mult_down)

    @property
    def ask_limit_mult_up_decimal(self) -> Decimal:
        """`ask_limit_mult_up` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_limit_mult_up)

    @property
    def ask_limit_mult_down_decimal(self) -> Decimal:
        """`ask_limit_mult_down` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_limit_mult_down)

    def to_dict(self) -> dict[str, Any]:
        rule_type = self.rule_type.value

        bid_limit_mult_up = self.bid_limit_mult_up

        bid_limit_mult_down = self.bid_limit_mult_down

        ask_limit_mult_up = self.ask_limit_mult_up

        ask_limit_mult_down = self.ask_limit_mult_down

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ruleType": rule_type,
                "bidLimitMultUp": bid_limit_mult_up,
                "bidLimitMultDown": bid_limit_mult_down,
                "askLimitMultUp": ask_limit_mult_up,
                "askLimitMultDown": ask_limit_mult_down,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rule_type = _EXECUTION_RULE_TYPE.get(d["ruleType"]) or ExecutionRuleType(d["ruleType"])

        _instance = cls(
            rule_type,
            d["bidLimitMultUp"],
            d["bidLimitMultDown"],
            d["askLimitMultUp"],
            d["askLimitMultDown"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_EXECUTION_RULE_TYPE: dict[object, ExecutionRuleType] = {member.value: member for member in ExecutionRuleType}

_WIRE_NAMES = frozenset({"ruleType", "bidLimitMultUp", "bidLimitMultDown", "askLimitMultUp", "askLimitMultDown"})
