"""The clients: `Spot` (sync) and `AsyncSpot`. Generated from spec/; do not edit."""

from ._spot import AsyncSpot, Spot

__all__ = ["AsyncSpot", "Spot"]
