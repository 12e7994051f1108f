"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommissionRates")


@_attrs_define
class CommissionRates:
    """Commission rates as decimal fractions (0.001 is 0.1 %).

    Attributes:
        maker (str): Rate charged when the order adds liquidity.
        taker (str): Rate charged when the order removes liquidity.
        buyer (str): Rate charged on the buying side of a trade.
        seller (str): Rate charged on the selling side of a trade.
    """

    maker: str
    taker: str
    buyer: str
    seller: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maker = self.maker

        taker = self.taker

        buyer = self.buyer

        seller = self.seller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maker": maker,
                "taker": taker,
                "buyer": buyer,
                "seller": seller,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maker = d.pop("maker")

        taker = d.pop("taker")

        buyer = d.pop("buyer")

        seller = d.pop("seller")

        _instance = cls(
            maker=maker,
            taker=taker,
            buyer=buyer,
            seller=seller,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
