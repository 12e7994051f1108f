"""Operations tagged `vip_loans`. Generated from spec/; do not edit."""
