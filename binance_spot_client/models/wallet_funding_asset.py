"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletFundingAsset")


@_attrs_define
class WalletFundingAsset(AdditionalProperties[Any]):
    """An asset in the funding wallet.

    Attributes:
        asset (str):
        free (str): Available amount.
        locked (str): Locked amount.
        freeze (str): Frozen amount.
        withdrawing (str): Amount being withdrawn.
        btc_valuation (str | Unset): Value in BTC; zero unless `needBtcValuation=true`.
    """

    asset: str
    free: str
    locked: str
    freeze: str
    withdrawing: str
    btc_valuation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_decimal(self) -> Decimal:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free)

    @property
    def locked_decimal(self) -> Decimal:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.locked)

    @property
    def freeze_decimal(self) -> Decimal:
        """`freeze` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.freeze)

    @property
    def withdrawing_decimal(self) -> Decimal:
        """`withdrawing` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdrawing)

    @property
    def btc_valuation_decimal(self) -> Decimal | Unset:
        """`btc_valuation` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.btc_valuation, Unset) else Decimal(self.btc_valuation)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

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
                "free": free,
                "locked": locked,
                "freeze": freeze,
                "withdrawing": withdrawing,
            }
        )
        if btc_valuation is not UNSET:
            field_dict["btcValuation"] = btc_valuation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["free"],
            d["locked"],
            d["freeze"],
            d["withdrawing"],
            d.get("btcValuation", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "free", "locked", "freeze", "withdrawing", "btcValuation"})
