"""Operations tagged `account`. Generated from spec/; do not edit."""
