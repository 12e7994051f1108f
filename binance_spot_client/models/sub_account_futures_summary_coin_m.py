"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesSummaryCoinM")


@_attrs_define
class SubAccountFuturesSummaryCoinM(AdditionalProperties[Any]):
    """Answer for `futuresType=2`.

    Attributes:
        delivery_account_summary_resp (SubAccountDeliverySummary): COIN-M futures totals of all sub-accounts.
    """

    delivery_account_summary_resp: SubAccountDeliverySummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_account_summary_resp = self.delivery_account_summary_resp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryAccountSummaryResp": delivery_account_summary_resp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_account_summary_resp = SubAccountDeliverySummary.from_dict(d["deliveryAccountSummaryResp"])

        _instance = cls(
            delivery_account_summary_resp,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_delivery_summary import SubAccountDeliverySummary  # noqa: E402

_WIRE_NAMES = frozenset({"deliveryAccountSummaryResp"})
