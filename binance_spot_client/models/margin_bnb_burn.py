"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginBnbBurn")


@_attrs_define
class MarginBnbBurn(AdditionalProperties[Any]):
    """BNB fee and interest payment settings.

    Attributes:
        spot_bnb_burn (bool): Whether spot trading fees are paid in BNB.
        interest_bnb_burn (bool): Whether margin interest is paid in BNB.
    """

    spot_bnb_burn: bool
    interest_bnb_burn: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spot_bnb_burn = self.spot_bnb_burn

        interest_bnb_burn = self.interest_bnb_burn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spotBNBBurn": spot_bnb_burn,
                "interestBNBBurn": interest_bnb_burn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["spotBNBBurn"],
            d["interestBNBBurn"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"spotBNBBurn", "interestBNBBurn"})
