"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginAccount")


@_attrs_define
class MarginAccount(AdditionalProperties[Any]):
    """The cross margin account: risk figures and balances.

    Attributes:
        created (bool): Whether the cross margin account exists.
        borrow_enabled (bool): Whether borrowing is allowed.
        margin_level (str): Total assets divided by total liabilities.
        collateral_margin_level (str): Margin level counting discounted collateral value.
        total_asset_of_btc (str): Total assets, valued in BTC.
        total_liability_of_btc (str): Total liabilities, valued in BTC.
        total_net_asset_of_btc (str): Net assets, valued in BTC.
        total_collateral_value_in_usdt (str): Discounted collateral value in USDT (Binance capitalises this field).
        trade_enabled (bool): Whether trading is allowed.
        transfer_in_enabled (bool): Whether transfers in are allowed.
        transfer_out_enabled (bool): Whether transfers out are allowed.
        account_type (str): Account mode, `MARGIN_1` (Cross Margin Classic) or `MARGIN_2` (Cross Margin Pro).
        user_assets (list[MarginAccountAsset]):
        total_open_order_loss_in_usdt (str | Unset): Potential loss of the open orders, in USDT; not in every answer.
    """

    created: bool
    borrow_enabled: bool
    margin_level: str
    collateral_margin_level: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    total_collateral_value_in_usdt: str
    trade_enabled: bool
    transfer_in_enabled: bool
    transfer_out_enabled: bool
    account_type: str
    user_assets: list[MarginAccountAsset]
    total_open_order_loss_in_usdt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def margin_level_decimal(self) -> Decimal:
        """`margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_level)

    @property
    def collateral_margin_level_decimal(self) -> Decimal:
        """`collateral_margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.collateral_margin_level)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset_of_btc)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_net_asset_of_btc)

    @property
    def total_collateral_value_in_usdt_decimal(self) -> Decimal:
        """`total_collateral_value_in_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_collateral_value_in_usdt)

    @property
    def total_open_order_loss_in_usdt_decimal(self) -> Decimal | Unset:
        """`total_open_order_loss_in_usdt` as a `Decimal`, parsed from Binance's text on each access."""
        return (
            UNSET
            if isinstance(self.total_open_order_loss_in_usdt, Unset)
            else Decimal(self.total_open_order_loss_in_usdt)
        )

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        borrow_enabled = self.borrow_enabled

        margin_level = self.margin_level

        collateral_margin_level = self.collateral_margin_level

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        total_collateral_value_in_usdt = self.total_collateral_value_in_usdt

        trade_enabled = self.trade_enabled

        transfer_in_enabled = self.transfer_in_enabled

        transfer_out_enabled = self.transfer_out_enabled

        account_type = self.account_type

        user_assets = []
        for user_assets_item_data in self.user_assets:
            user_assets_item = user_assets_item_data.to_dict()
            user_assets.append(user_assets_item)

        total_open_order_loss_in_usdt = self.total_open_order_loss_in_usdt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "borrowEnabled": borrow_enabled,
                "marginLevel": margin_level,
                "collateralMarginLevel": collateral_margin_level,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "TotalCollateralValueInUSDT": total_collateral_value_in_usdt,
                "tradeEnabled": trade_enabled,
                "transferInEnabled": transfer_in_enabled,
                "transferOutEnabled": transfer_out_enabled,
                "accountType": account_type,
                "userAssets": user_assets,
            }
        )
        if total_open_order_loss_in_usdt is not UNSET:
            field_dict["totalOpenOrderLossInUSDT"] = total_open_order_loss_in_usdt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_assets = [MarginAccountAsset.from_dict(item) for item in d["userAssets"]]

        _instance = cls(
            d["created"],
            d["borrowEnabled"],
            d["marginLevel"],
            d["collateralMarginLevel"],
            d["totalAssetOfBtc"],
            d["totalLiabilityOfBtc"],
            d["totalNetAssetOfBtc"],
            d["TotalCollateralValueInUSDT"],
            d["tradeEnabled"],
            d["transferInEnabled"],
            d["transferOutEnabled"],
            d["accountType"],
            user_assets,
            d.get("totalOpenOrderLossInUSDT", UNSET),
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_account_asset import MarginAccountAsset  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "created",
        "borrowEnabled",
        "marginLevel",
        "collateralMarginLevel",
        "totalAssetOfBtc",
        "totalLiabilityOfBtc",
        "totalNetAssetOfBtc",
        "TotalCollateralValueInUSDT",
        "tradeEnabled",
        "transferInEnabled",
        "transferOutEnabled",
        "accountType",
        "userAssets",
        "totalOpenOrderLossInUSDT",
    }
)
