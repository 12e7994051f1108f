"""Operations tagged `fiat`. Generated from spec/; do not edit."""
