"""Operations tagged `trade`. Generated from spec/; do not edit."""
