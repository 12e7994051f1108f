"""Operations tagged `prediction`. Generated from spec/; do not edit."""
