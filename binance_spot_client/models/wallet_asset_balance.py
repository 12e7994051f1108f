"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAssetBalance")


@_attrs_define
class WalletAssetBalance(AdditionalProperties[Any]):
    """One asset held in a wallet, listed when `needBalanceDetail` is true.

    Attributes:
        asset (str):
        asset_name (str | Unset): Full name of the asset.
        free (str | Unset): Amount available.
        locked (str | Unset): Amount locked in orders.
        freeze (str | Unset): Amount frozen.
        withdrawing (str | Unset): Amount being withdrawn.
        btc_valuation (str | Unset): Value of the holding in BTC.
    """

    asset: str
    asset_name: str | Unset = UNSET
    free: str | Unset = UNSET
    locked: str | Unset = UNSET
    freeze: str | Unset = UNSET
    withdrawing: str | Unset = UNSET
    btc_valuation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_decimal(self) -> Decimal | Unset:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.free, Unset) else Decimal(self.free)

    @property
    def locked_decimal(self) -> Decimal | Unset:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.locked, Unset) else Decimal(self.locked)

    @property
    def freeze_decimal(self) -> Decimal | Unset:
        """`freeze` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.freeze, Unset) else Decimal(self.freeze)

    @property
    def withdrawing_decimal(self) -> Decimal | Unset:
        """`withdrawing` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.withdrawing, Unset) else Decimal(self.withdrawing)

    @property
    def btc_valuation_decimal(self) -> Decimal | Unset:
        """`btc_valuation` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.btc_valuation, Unset) else Decimal(self.btc_valuation)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_name = self.asset_name

        free = self.free

        locked = self.locked

        freeze = self.freeze

        withdrawing = self.withdrawing

        btc_valuation = self.btc_valuation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if free is not UNSET:
            field_dict["free"] = free
        if locked is not UNSET:
            field_dict["locked"] = locked
        if freeze is not UNSET:
            field_dict["freeze"] = freeze
        if withdrawing is not UNSET:
            field_dict["withdrawing"] = withdrawing
        if btc_valuation is not UNSET:
            field_dict["btcValuation"] = btc_valuation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d.get("assetName", UNSET),
            d.get("free", UNSET),
            d.get("locked", UNSET),
            d.get("freeze", UNSET),
            d.get("withdrawing", UNSET),
            d.get("btcValuation", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "assetName", "free", "locked", "freeze", "withdrawing", "btcValuation"})
