"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPnlRecord")


@_attrs_define
class PredictionPnlRecord(AdditionalProperties[Any]):
    """Profit and loss of one position.

    Attributes:
        id (int): Identifier of the record.
        wallet_address (str): Prediction wallet holding the position.
        market_topic_id (int): Market topic of the position.
        market_id (int): Market of the position.
        token_id (str): Outcome token held.
        vendor (str): Venue of the market.
        current_shares (str): Shares held now.
        avg_price (str): Average price paid per share.
        current_price (str): Current price per share.
        realized_pnl (str): Profit or loss realized.
        unrealized_pnl (str): Profit or loss not realized yet.
        total_pnl (str): Realized plus unrealized profit or loss.
        pnl_percentage (str): Total profit or loss in percent of the cost.
        is_resolved (bool): Whether the market has resolved.
    """

    id: int
    wallet_address: str
    market_topic_id: int
    market_id: int
    token_id: str
    vendor: str
    current_shares: str
    avg_price: str
    current_price: str
    realized_pnl: str
    unrealized_pnl: str
    total_pnl: str
    pnl_percentage: str
    is_resolved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def current_shares_decimal(self) -> Decimal:
        """`current_shares` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_shares)

    @property
    def avg_price_decimal(self) -> Decimal:
        """`avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_price)

    @property
    def current_price_decimal(self) -> Decimal:
        """`current_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_price)

    @property
    def realized_pnl_decimal(self) -> Decimal:
        """`realized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.realized_pnl)

    @property
    def unrealized_pnl_decimal(self) -> Decimal:
        """`unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.unrealized_pnl)

    @property
    def total_pnl_decimal(self) -> Decimal:
        """`total_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_pnl)

    @property
    def pnl_percentage_decimal(self) -> Decimal:
        """`pnl_percentage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl_percentage)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        wallet_address = self.wallet_address

        market_topic_id = self.market_topic_id

        market_id = self.market_id

        token_id = self.token_id

        vendor = self.vendor

        current_shares = self.current_shares

        avg_price = self.avg_price

        current_price = self.current_price

        realized_pnl = self.realized_pnl

        unrealized_pnl = self.unrealized_pnl

        total_pnl = self.total_pnl

        pnl_percentage = self.pnl_percentage

        is_resolved = self.is_resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "walletAddress": wallet_address,
                "marketTopicId": market_topic_id,
                "marketId": market_id,
                "tokenId": token_id,
                "vendor": vendor,
                "currentShares": current_shares,
                "avgPrice": avg_price,
                "currentPrice": current_price,
                "realizedPnl": realized_pnl,
                "unrealizedPnl": unrealized_pnl,
                "totalPnl": total_pnl,
                "pnlPercentage": pnl_percentage,
                "isResolved": is_resolved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["walletAddress"],
            d["marketTopicId"],
            d["marketId"],
            d["tokenId"],
            d["vendor"],
            d["currentShares"],
            d["avgPrice"],
            d["currentPrice"],
            d["realizedPnl"],
            d["unrealizedPnl"],
            d["totalPnl"],
            d["pnlPercentage"],
            d["isResolved"],
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "walletAddress",
        "marketTopicId",
        "marketId",
        "tokenId",
        "vendor",
        "currentShares",
        "avgPrice",
        "currentPrice",
        "realizedPnl",
        "unrealizedPnl",
        "totalPnl",
        "pnlPercentage",
        "isResolved",
    }
)
