"""Operations tagged `copy_trading`. Generated from spec/; do not edit."""
