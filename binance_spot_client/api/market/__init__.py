"""Operations tagged `market`. Generated from spec/; do not edit."""
