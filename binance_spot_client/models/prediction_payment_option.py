"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPaymentOption")


@_attrs_define
class PredictionPaymentOption(AdditionalProperties[Any]):
    """Balance of one way to pay for prediction orders.

    Attributes:
        account_type (str): The account paid from, e.g. `SPOT`.
        available_balance_display (str): Balance available, for display.
        enabled (bool): Whether it can be used now.
    """

    account_type: str
    available_balance_display: str
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def available_balance_display_decimal(self) -> Decimal:
        """`available_balance_display` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.available_balance_display)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        available_balance_display = self.available_balance_display

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
                "availableBalanceDisplay": available_balance_display,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["accountType"],
            d["availableBalanceDisplay"],
            d["enabled"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"accountType", "availableBalanceDisplay", "enabled"})
