"""Operations tagged `sub_account`. Generated from spec/; do not edit."""
