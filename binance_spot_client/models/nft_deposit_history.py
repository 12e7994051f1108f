"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="NftDepositHistory")


@_attrs_define
class NftDepositHistory(AdditionalProperties[Any]):
    """A page of NFT deposits.

    Attributes:
        total (int): Number of deposits matching the query.
        list_ (list[NftDeposit]):
    """

    total: int
    list_: list[NftDeposit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        list_ = [NftDeposit.from_dict(item) for item in d["list"]]

        _instance = cls(
            d["total"],
            list_,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.nft_deposit import NftDeposit  # noqa: E402

_WIRE_NAMES = frozenset({"total", "list"})
