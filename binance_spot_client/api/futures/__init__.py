"""Operations tagged `futures`. Generated from spec/; do not edit."""
