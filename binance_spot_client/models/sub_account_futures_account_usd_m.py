"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesAccountUsdM")


@_attrs_define
class SubAccountFuturesAccountUsdM(AdditionalProperties[Any]):
    """Answer for `futuresType=1`.

    Attributes:
        future_account_resp (SubAccountFuturesAccount): USDⓈ-M futures account of a sub-account.
    """

    future_account_resp: SubAccountFuturesAccount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        future_account_resp = self.future_account_resp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "futureAccountResp": future_account_resp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        future_account_resp = SubAccountFuturesAccount.from_dict(d["futureAccountResp"])

        _instance = cls(
            future_account_resp,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_account import SubAccountFuturesAccount  # noqa: E402

_WIRE_NAMES = frozenset({"futureAccountResp"})
