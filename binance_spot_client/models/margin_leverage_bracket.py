"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginLeverageBracket")


@_attrs_define
class MarginLeverageBracket(AdditionalProperties[Any]):
    """Leverage brackets of a group of liability assets in Cross Margin Pro mode.

    Attributes:
        asset_names (list[str]): Liability assets sharing these brackets.
        rank (int): Rank of the group.
        brackets (list[MarginLeverageBracketTier]):
    """

    asset_names: list[str]
    rank: int
    brackets: list[MarginLeverageBracketTier]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_names = self.asset_names

        rank = self.rank

        brackets = []
        for brackets_item_data in self.brackets:
            brackets_item = brackets_item_data.to_dict()
            brackets.append(brackets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetNames": asset_names,
                "rank": rank,
                "brackets": brackets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asset_names = d["assetNames"]
        brackets = [MarginLeverageBracketTier.from_dict(item) for item in d["brackets"]]

        _instance = cls(
            asset_names,
            d["rank"],
            brackets,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_leverage_bracket_tier import MarginLeverageBracketTier  # noqa: E402

_WIRE_NAMES = frozenset({"assetNames", "rank", "brackets"})
