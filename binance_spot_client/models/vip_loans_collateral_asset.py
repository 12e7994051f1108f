"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansCollateralAsset")


@_attrs_define
class VipLoansCollateralAsset(AdditionalProperties[Any]):
    """
    Attributes:
        collateral_coin (str): Coin accepted as collateral.
        field_1_st_collateral_ratio (str): Share of the value counted in the first tier, as a percentage (`100%`).
        field_1_st_collateral_range (str): USD value range of the first tier (`1-10000000`).
        field_2_nd_collateral_ratio (str): Share of the value counted in the second tier.
        field_2_nd_collateral_range (str): USD value range of the second tier.
        field_3_rd_collateral_ratio (str): Share of the value counted in the third tier.
        field_3_rd_collateral_range (str): USD value range of the third tier.
        field_4_th_collateral_ratio (str): Share of the value counted in the fourth tier.
        field_4_th_collateral_range (str): USD value range of the fourth tier (`>10000000000`).
    """

    collateral_coin: str
    field_1_st_collateral_ratio: str
    field_1_st_collateral_range: str
    field_2_nd_collateral_ratio: str
    field_2_nd_collateral_range: str
    field_3_rd_collateral_ratio: str
    field_3_rd_collateral_range: str
    field_4_th_collateral_ratio: str
    field_4_th_collateral_range: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collateral_coin = self.collateral_coin

        field_1_st_collateral_ratio = self.field_1_st_collateral_ratio

        field_1_st_collateral_range = self.field_1_st_collateral_range

        field_2_nd_collateral_ratio = self.field_2_nd_collateral_ratio

        field_2_nd_collateral_range = self.field_2_nd_collateral_range

        field_3_rd_collateral_ratio = self.field_3_rd_collateral_ratio

        field_3_rd_collateral_range = self.field_3_rd_collateral_range

        field_4_th_collateral_ratio = self.field_4_th_collateral_ratio

        field_4_th_collateral_range = self.field_4_th_collateral_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collateralCoin": collateral_coin,
                "_1stCollateralRatio": field_1_st_collateral_ratio,
                "_1stCollateralRange": field_1_st_collateral_range,
                "_2ndCollateralRatio": field_2_nd_collateral_ratio,
                "_2ndCollateralRange": field_2_nd_collateral_range,
                "_3rdCollateralRatio": field_3_rd_collateral_ratio,
                "_3rdCollateralRange": field_3_rd_collateral_range,
                "_4thCollateralRatio": field_4_th_collateral_ratio,
                "_4thCollateralRange": field_4_th_collateral_range,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["collateralCoin"],
            d["_1stCollateralRatio"],
            d["_1stCollateralRange"],
            d["_2ndCollateralRatio"],
            d["_2ndCollateralRange"],
            d["_3rdCollateralRatio"],
            d["_3rdCollateralRange"],
            d["_4thCollateralRatio"],
            d["_4thCollateralRange"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "collateralCoin",
        "_1stCollateralRatio",
        "_1stCollateralRange",
        "_2ndCollateralRatio",
        "_2ndCollateralRange",
        "_3rdCollateralRatio",
        "_3rdCollateralRange",
        "_4thCollateralRatio",
        "_4thCollateralRange",
    }
)
