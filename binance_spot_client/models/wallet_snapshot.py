"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="WalletSnapshot")


@_attrs_define
class WalletSnapshot(AdditionalProperties[Any]):
    """The state of one account at the end of one day.

    Attributes:
        type (str): Account the snapshot describes: `spot`, `margin` or `futures` (lower case).
        update_time (int): Time the snapshot was taken, UTC milliseconds.
        data (WalletFuturesSnapshotData | WalletMarginSnapshotData | WalletSpotSnapshotData): Account state; its shape
            depends on `type`.
    """

    type: str
    update_time: int
    data: WalletFuturesSnapshotData | WalletMarginSnapshotData | WalletSpotSnapshotData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        update_time = self.update_time

        data: dict[str, Any]
        if isinstance(self.data, WalletSpotSnapshotData) or isinstance(self.data, WalletMarginSnapshotData):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "updateTime": update_time,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = _parse_data(d["data"])

        _instance = cls(
            d["type"],
            d["updateTime"],
            data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_futures_snapshot_data import WalletFuturesSnapshotData  # noqa: E402
from ..models.wallet_margin_snapshot_data import WalletMarginSnapshotData  # noqa: E402
from ..models.wallet_spot_snapshot_data import WalletSpotSnapshotData  # noqa: E402


def _parse_data(data: object) -> WalletFuturesSnapshotData | WalletMarginSnapshotData | WalletSpotSnapshotData:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_0 = WalletSpotSnapshotData.from_dict(data)

        return data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_1 = WalletMarginSnapshotData.from_dict(data)

        return data_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    data_type_2 = WalletFuturesSnapshotData.from_dict(data)

    return data_type_2


_WIRE_NAMES = frozenset({"type", "updateTime", "data"})
