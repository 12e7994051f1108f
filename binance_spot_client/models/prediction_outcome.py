"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionOutcome")


@_attrs_define
class PredictionOutcome(AdditionalProperties[Any]):
    """One outcome of a market and its outcome token.

    Attributes:
        name (str): Name of the outcome, e.g. `YES`.
        price (str): Price per share.
        chance (str): Implied probability, 0 to 1.
        index (int): Index of the outcome in its market.
        token_id (str): Outcome token to trade it with.
        winner (bool | Unset): Whether the outcome won; only once the market has resolved.
    """

    name: str
    price: str
    chance: str
    index: int
    token_id: str
    winner: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def chance_decimal(self) -> Decimal:
        """`chance` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.chance)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        chance = self.chance

        index = self.index

        token_id = self.token_id

        winner = self.winner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "chance": chance,
                "index": index,
                "tokenId": token_id,
            }
        )
        if winner is not UNSET:
            field_dict["winner"] = winner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["name"],
            d["price"],
            d["chance"],
            d["index"],
            d["tokenId"],
            d.get("winner", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"name", "price", "chance", "index", "tokenId", "winner"})
