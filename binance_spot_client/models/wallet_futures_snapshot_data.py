"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletFuturesSnapshotData")


@_attrs_define
class WalletFuturesSnapshotData(AdditionalProperties[Any]):
    """USDⓈ-M Futures account state in a daily snapshot.

    Attributes:
        assets (list[WalletSnapshotFuturesAsset]):
        position (list[WalletSnapshotFuturesPosition]):
    """

    assets: list[WalletSnapshotFuturesAsset]
    position: list[WalletSnapshotFuturesPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        position = []
        for position_item_data in self.position:
            position_item = position_item_data.to_dict()
            position.append(position_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = [WalletSnapshotFuturesAsset.from_dict(item) for item in d["assets"]]
        position = [WalletSnapshotFuturesPosition.from_dict(item) for item in d["position"]]

        _instance = cls(
            assets,
            position,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_snapshot_futures_asset import WalletSnapshotFuturesAsset  # noqa: E402
from ..models.wallet_snapshot_futures_position import WalletSnapshotFuturesPosition  # noqa: E402

_WIRE_NAMES = frozenset({"assets", "position"})
