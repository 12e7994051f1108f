"""Operations tagged `dual_investment`. Generated from spec/; do not edit."""
