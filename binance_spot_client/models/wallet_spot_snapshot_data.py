"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletSpotSnapshotData")


@_attrs_define
class WalletSpotSnapshotData(AdditionalProperties[Any]):
    """Spot account state in a daily snapshot.

    Attributes:
        balances (list[WalletSnapshotBalance]):
        total_asset_of_btc (str): Total value of the account, in BTC.
    """

    balances: list[WalletSnapshotBalance]
    total_asset_of_btc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset_of_btc)

    def to_dict(self) -> dict[str, Any]:
        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        total_asset_of_btc = self.total_asset_of_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balances": balances,
                "totalAssetOfBtc": total_asset_of_btc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balances = [WalletSnapshotBalance.from_dict(item) for item in d["balances"]]

        _instance = cls(
            balances,
            d["totalAssetOfBtc"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_snapshot_balance import WalletSnapshotBalance  # noqa: E402

_WIRE_NAMES = frozenset({"balances", "totalAssetOfBtc"})
