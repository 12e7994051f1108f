"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_futures_summary import SubAccountFuturesSummary


T = TypeVar("T", bound="SubAccountFuturesSummaryUsdM")


@_attrs_define
class SubAccountFuturesSummaryUsdM:
    """Answer for `futuresType=1`.

    Attributes:
        future_account_summary_resp (SubAccountFuturesSummary): USDⓈ-M futures totals of all sub-accounts.
    """

    future_account_summary_resp: SubAccountFuturesSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        future_account_summary_resp = self.future_account_summary_resp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "futureAccountSummaryResp": future_account_summary_resp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_futures_summary import SubAccountFuturesSummary

        d = dict(src_dict)
        future_account_summary_resp = SubAccountFuturesSummary.from_dict(d.pop("futureAccountSummaryResp"))

        _instance = cls(
            future_account_summary_resp=future_account_summary_resp,
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
