"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustTransferResult")


@_attrs_define
class WalletDustTransferResult(AdditionalProperties[Any]):
    """Outcome of a dust conversion.

    Attributes:
        total_service_charge (str): Total fee charged.
        total_transfered (str): Total received, after fees.
        transfer_result (list[WalletDustTransferItem]): One entry per asset converted.
    """

    total_service_charge: str
    total_transfered: str
    transfer_result: list[WalletDustTransferItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_service_charge_decimal(self) -> Decimal:
        """`total_service_charge` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_service_charge)

    @property
    def total_transfered_decimal(self) -> Decimal:
        """`total_transfered` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfered)

    def to_dict(self) -> dict[str, Any]:
        total_service_charge = self.total_service_charge

        total_transfered = self.total_transfered

        transfer_result = []
        for transfer_result_item_data in self.transfer_result:
            transfer_result_item = transfer_result_item_data.to_dict()
            transfer_result.append(transfer_result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalServiceCharge": total_service_charge,
                "totalTransfered": total_transfered,
                "transferResult": transfer_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transfer_result = [WalletDustTransferItem.from_dict(item) for item in d["transferResult"]]

        _instance = cls(
            d["totalServiceCharge"],
            d["totalTransfered"],
            transfer_result,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_dust_transfer_item import WalletDustTransferItem  # noqa: E402

_WIRE_NAMES = frozenset({"totalServiceCharge", "totalTransfered", "transferResult"})
