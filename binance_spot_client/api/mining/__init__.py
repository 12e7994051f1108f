"""Operations tagged `mining`. Generated from spec/; do not edit."""
