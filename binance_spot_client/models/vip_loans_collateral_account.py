"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VipLoansCollateralAccount")


@_attrs_define
class VipLoansCollateralAccount(AdditionalProperties[Any]):
    """
    Attributes:
        collateral_account_id (str): Collateral account id sent as text.
        collateral_coin (str): Coins held as collateral in that account, comma-separated.
        collateral_value (str | Unset): Locked collateral value in USD. In Binance's 2024 file; no longer in the current
            documentation's example.
    """

    collateral_account_id: str
    collateral_coin: str
    collateral_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def collateral_value_decimal(self) -> Decimal | Unset:
        """`collateral_value` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.collateral_value, Unset) else Decimal(self.collateral_value)

    def to_dict(self) -> dict[str, Any]:
        collateral_account_id = self.collateral_account_id

        collateral_coin = self.collateral_coin

        collateral_value = self.collateral_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collateralAccountId": collateral_account_id,
                "collateralCoin": collateral_coin,
            }
        )
        if collateral_value is not UNSET:
            field_dict["collateralValue"] = collateral_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["collateralAccountId"],
            d["collateralCoin"],
            d.get("collateralValue", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"collateralAccountId", "collateralCoin", "collateralValue"})
