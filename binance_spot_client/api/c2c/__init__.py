"""Operations tagged `c2c`. Generated from spec/; do not edit."""
