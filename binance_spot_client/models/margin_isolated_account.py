"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginIsolatedAccount")


@_attrs_define
class MarginIsolatedAccount(AdditionalProperties[Any]):
    """Isolated margin accounts of the user.

    Attributes:
        assets (list[MarginIsolatedAccountPair]):
        total_asset_of_btc (str | Unset): Total assets valued in BTC; only when `symbols` is not sent.
        total_liability_of_btc (str | Unset): Total liabilities valued in BTC; only when `symbols` is not sent.
        total_net_asset_of_btc (str | Unset): Net assets valued in BTC; only when `symbols` is not sent.
    """

    assets: list[MarginIsolatedAccountPair]
    total_asset_of_btc: str | Unset = UNSET
    total_liability_of_btc: str | Unset = UNSET
    total_net_asset_of_btc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal | Unset:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_asset_of_btc, Unset) else Decimal(self.total_asset_of_btc)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal | Unset:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_liability_of_btc, Unset) else Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal | Unset:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_net_asset_of_btc, Unset) else Decimal(self.total_net_asset_of_btc)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if total_asset_of_btc is not UNSET:
            field_dict["totalAssetOfBtc"] = total_asset_of_btc
        if total_liability_of_btc is not UNSET:
            field_dict["totalLiabilityOfBtc"] = total_liability_of_btc
        if total_net_asset_of_btc is not UNSET:
            field_dict["totalNetAssetOfBtc"] = total_net_asset_of_btc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = [MarginIsolatedAccountPair.from_dict(item) for item in d["assets"]]

        _instance = cls(
            assets,
            d.get("totalAssetOfBtc", UNSET),
            d.get("totalLiabilityOfBtc", UNSET),
            d.get("totalNetAssetOfBtc", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_isolated_account_pair import MarginIsolatedAccountPair  # noqa: E402

_WIRE_NAMES = frozenset({"assets", "totalAssetOfBtc", "totalLiabilityOfBtc", "totalNetAssetOfBtc"})
