"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tokenized_convert_type import TokenizedConvertType
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TokenizedConversion")


@_attrs_define
class TokenizedConversion(AdditionalProperties[Any]):
    """One mint or redeem.

    Attributes:
        underlying_asset (str):
        underlying_asset_amount (str):
        tokenized_asset (str):
        tokenized_asset_amount (str):
        issuer_request_id (str):
        convert_type (TokenizedConvertType): Direction of a conversion between an equity and its tokenized asset.
        status (str): `P` pending, `S` succeeded, `F` failed.
        created_at (int): UTC milliseconds.
        updated_at (int | Unset): UTC milliseconds.
    """

    underlying_asset: str
    underlying_asset_amount: str
    tokenized_asset: str
    tokenized_asset_amount: str
    issuer_request_id: str
    convert_type: TokenizedConvertType
    status: str
    created_at: int
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def underlying_asset_amount_decimal(self) -> Decimal:
        """`underlying_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.underlying_asset_amount)

    @property
    def tokenized_asset_amount_decimal(self) -> Decimal:
        """`tokenized_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.tokenized_asset_amount)

    def to_dict(self) -> dict[str, Any]:
        underlying_asset = self.underlying_asset

        underlying_asset_amount = self.underlying_asset_amount

        tokenized_asset = self.tokenized_asset

        tokenized_asset_amount = self.tokenized_asset_amount

        issuer_request_id = self.issuer_request_id

        convert_type = self.convert_type.value

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "underlyingAsset": underlying_asset,
                "underlyingAssetAmount": underlying_asset_amount,
                "tokenizedAsset": tokenized_asset,
                "tokenizedAssetAmount": tokenized_asset_amount,
                "issuerRequestId": issuer_request_id,
                "convertType": convert_type,
                "status": status,
                "createdAt": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        convert_type = _TOKENIZED_CONVERT_TYPE.get(d["convertType"]) or TokenizedConvertType(d["convertType"])

        _instance = cls(
            d["underlyingAsset"],
            d["underlyingAssetAmount"],
            d["tokenizedAsset"],
            d["tokenizedAssetAmount"],
            d["issuerRequestId"],
            convert_type,
            d["status"],
            d["createdAt"],
            d.get("updatedAt", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_TOKENIZED_CONVERT_TYPE: dict[object, TokenizedConvertType] = {member.value: member for member in TokenizedConvertType}

_WIRE_NAMES = frozenset(
    {
        "underlyingAsset",
        "underlyingAssetAmount",
        "tokenizedAsset",
        "tokenizedAssetAmount",
        "issuerRequestId",
        "convertType",
        "status",
        "createdAt",
        "updatedAt",
    }
)
