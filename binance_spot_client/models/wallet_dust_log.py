"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustLog")


@_attrs_define
class WalletDustLog(AdditionalProperties[Any]):
    """Dust conversions of the account.

    Attributes:
        total (int): Number of conversions.
        user_asset_dribblets (list[WalletDustLogEntry]):
    """

    total: int
    user_asset_dribblets: list[WalletDustLogEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        user_asset_dribblets = []
        for user_asset_dribblets_item_data in self.user_asset_dribblets:
            user_asset_dribblets_item = user_asset_dribblets_item_data.to_dict()
            user_asset_dribblets.append(user_asset_dribblets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "userAssetDribblets": user_asset_dribblets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_asset_dribblets = [WalletDustLogEntry.from_dict(item) for item in d["userAssetDribblets"]]

        _instance = cls(
            d["total"],
            user_asset_dribblets,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_dust_log_entry import WalletDustLogEntry  # noqa: E402

_WIRE_NAMES = frozenset({"total", "userAssetDribblets"})
