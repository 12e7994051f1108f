"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletApiTradingStatus")


@_attrs_define
class WalletApiTradingStatus(AdditionalProperties[Any]):
    """API trading status of the account.

    Attributes:
        data (WalletApiTradingStatusData): API trading state of the account.
    """

    data: WalletApiTradingStatusData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = WalletApiTradingStatusData.from_dict(d["data"])

        _instance = cls(
            data,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_api_trading_status_data import WalletApiTradingStatusData  # noqa: E402

_WIRE_NAMES = frozenset({"data"})
