"""Operations tagged `staking`. Generated from spec/; do not edit."""
