"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionPnl")


@_attrs_define
class PredictionPnl(AdditionalProperties[Any]):
    """Profit and loss of the caller's positions.

    Attributes:
        chain_id (str): Chain of the wallet.
        wallet_address (str): The prediction wallet.
        total_count (int): Number of records.
        total_realized_pnl (str): Realized profit or loss over all records.
        total_unrealized_pnl (str): Unrealized profit or loss over all records.
        total_pnl (str): Total profit or loss over all records.
        pnl (PredictionPnlRecord | Unset): Profit and loss of one position.
        pnl_list (list[PredictionPnlRecord] | Unset): The records, when no `tokenId` was given.
    """

    chain_id: str
    wallet_address: str
    total_count: int
    total_realized_pnl: str
    total_unrealized_pnl: str
    total_pnl: str
    pnl: PredictionPnlRecord | Unset = UNSET
    pnl_list: list[PredictionPnlRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_realized_pnl_decimal(self) -> Decimal:
        """`total_realized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_realized_pnl)

    @property
    def total_unrealized_pnl_decimal(self) -> Decimal:
        """`total_unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_unrealized_pnl)

    @property
    def total_pnl_decimal(self) -> Decimal:
        """`total_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_pnl)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        wallet_address = self.wallet_address

        total_count = self.total_count

        total_realized_pnl = self.total_realized_pnl

        total_unrealized_pnl = self.total_unrealized_pnl

        total_pnl = self.total_pnl

        pnl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pnl, Unset):
            pnl = self.pnl.to_dict()

        pnl_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pnl_list, Unset):
            pnl_list = []
            for pnl_list_item_data in self.pnl_list:
                pnl_list_item = pnl_list_item_data.to_dict()
                pnl_list.append(pnl_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainId": chain_id,
                "walletAddress": wallet_address,
                "totalCount": total_count,
                "totalRealizedPnl": total_realized_pnl,
                "totalUnrealizedPnl": total_unrealized_pnl,
                "totalPnl": total_pnl,
            }
        )
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if pnl_list is not UNSET:
            field_dict["pnlList"] = pnl_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _pnl = d.get("pnl", UNSET)
        pnl: PredictionPnlRecord | Unset = UNSET if _pnl is UNSET else PredictionPnlRecord.from_dict(_pnl)
        _pnl_list = d.get("pnlList", UNSET)
        pnl_list: list[PredictionPnlRecord] | Unset = (
            UNSET if _pnl_list is UNSET else [PredictionPnlRecord.from_dict(item) for item in _pnl_list]
        )

        _instance = cls(
            d["chainId"],
            d["walletAddress"],
            d["totalCount"],
            d["totalRealizedPnl"],
            d["totalUnrealizedPnl"],
            d["totalPnl"],
            pnl,
            pnl_list,
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_pnl_record import PredictionPnlRecord  # noqa: E402

_WIRE_NAMES = frozenset(
    {"chainId", "walletAddress", "totalCount", "totalRealizedPnl", "totalUnrealizedPnl", "totalPnl", "pnl", "pnlList"}
)
