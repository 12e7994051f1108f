"""Operations tagged `wallet`. Generated from spec/; do not edit."""
