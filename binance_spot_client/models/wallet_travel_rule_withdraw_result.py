"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletTravelRuleWithdrawResult")


@_attrs_define
class WalletTravelRuleWithdrawResult(AdditionalProperties[Any]):
    """Outcome of a travel-rule withdrawal request.

    Attributes:
        tr_id (int): Travel-rule record id of the withdrawal.
        accepted (bool): Whether Binance accepted the withdrawal request.
        info (str): Binance's explanation of the outcome.
    """

    tr_id: int
    accepted: bool
    info: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tr_id = self.tr_id

        accepted = self.accepted

        info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trId": tr_id,
                "accepted": accepted,
                "info": info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["trId"],
            d["accepted"],
            d["info"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"trId", "accepted", "info"})
