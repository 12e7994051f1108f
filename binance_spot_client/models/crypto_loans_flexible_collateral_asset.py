"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CryptoLoansFlexibleCollateralAsset")


@_attrs_define
class CryptoLoansFlexibleCollateralAsset(AdditionalProperties[Any]):
    """
    Attributes:
        collateral_coin (str): Coin accepted as collateral.
        initial_ltv (str): Loan-to-value ratio allowed when the loan is taken.
        margin_call_ltv (str): Loan-to-value ratio at which Binance asks for more collateral.
        liquidation_ltv (str): Loan-to-value ratio at which the collateral is liquidated.
        max_limit (str): Most collateral accepted, in USD value.
    """

    collateral_coin: str
    initial_ltv: str
    margin_call_ltv: str
    liquidation_ltv: str
    max_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def initial_ltv_decimal(self) -> Decimal:
        """`initial_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_ltv)

    @property
    def margin_call_ltv_decimal(self) -> Decimal:
        """`margin_call_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_call_ltv)

    @property
    def liquidation_ltv_decimal(self) -> Decimal:
        """`liquidation_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_ltv)

    @property
    def max_limit_decimal(self) -> Decimal:
        """`max_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_limit)

    def to_dict(self) -> dict[str, Any]:
        collateral_coin = self.collateral_coin

        initial_ltv = self.initial_ltv

        margin_call_ltv = self.margin_call_ltv

        liquidation_ltv = self.liquidation_ltv

        max_limit = self.max_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collateralCoin": collateral_coin,
                "initialLTV": initial_ltv,
                "marginCallLTV": margin_call_ltv,
                "liquidationLTV": liquidation_ltv,
                "maxLimit": max_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["collateralCoin"],
            d["initialLTV"],
            d["marginCallLTV"],
            d["liquidationLTV"],
            d["maxLimit"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"collateralCoin", "initialLTV", "marginCallLTV", "liquidationLTV", "maxLimit"})
