"""Operations tagged `rebate`. Generated from spec/; do not edit."""
