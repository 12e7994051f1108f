"""Operations tagged `auto_invest`. Generated from spec/; do not edit."""
