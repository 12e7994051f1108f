"""Operations tagged `algo`. Generated from spec/; do not edit."""
