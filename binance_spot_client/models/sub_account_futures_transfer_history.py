"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesTransferHistory")


@_attrs_define
class SubAccountFuturesTransferHistory(AdditionalProperties[Any]):
    """Futures transfers of one sub-account.

    Attributes:
        success (bool): Whether the query succeeded.
        futures_type (int): `1` USDⓈ-M, `2` COIN-M.
        transfers (list[SubAccountFuturesTransfer]):
    """

    success: bool
    futures_type: int
    transfers: list[SubAccountFuturesTransfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        futures_type = self.futures_type

        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "futuresType": futures_type,
                "transfers": transfers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transfers = [SubAccountFuturesTransfer.from_dict(item) for item in d["transfers"]]

        _instance = cls(
            d["success"],
            d["futuresType"],
            transfers,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_transfer import SubAccountFuturesTransfer  # noqa: E402

_WIRE_NAMES = frozenset({"success", "futuresType", "transfers"})
