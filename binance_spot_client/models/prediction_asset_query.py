"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prediction_asset_query_type import PredictionAssetQueryType
from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="PredictionAssetQuery")


@_attrs_define
class PredictionAssetQuery(AdditionalProperties[Any]):
    """One asset whose reserved balance is asked for.

    Attributes:
        type (PredictionAssetQueryType): `USDT`, or `SHARE` for an outcome token.
        token_id (str | Unset): The outcome token; only with `SHARE`.
    """

    type: PredictionAssetQueryType
    token_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        type = self.type.value

        token_id = self.token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type = _PREDICTION_ASSET_QUERY_TYPE.get(d["type"]) or PredictionAssetQueryType(d["type"])

        _instance = cls(
            type,
            d.get("tokenId", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_PREDICTION_ASSET_QUERY_TYPE: dict[object, PredictionAssetQueryType] = {
    member.value: member for member in PredictionAssetQueryType
}

_WIRE_NAMES = frozenset({"type", "tokenId"})
