"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionWallets")


@_attrs_define
class PredictionWallets(AdditionalProperties[Any]):
    """The caller's prediction wallets.

    Attributes:
        wallets (list[PredictionWallet]):
    """

    wallets: list[PredictionWallet]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallets = []
        for wallets_item_data in self.wallets:
            wallets_item = wallets_item_data.to_dict()
            wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallets": wallets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        wallets = [PredictionWallet.from_dict(item) for item in d["wallets"]]

        _instance = cls(
            wallets,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_wallet import PredictionWallet  # noqa: E402

_WIRE_NAMES = frozenset({"wallets"})
