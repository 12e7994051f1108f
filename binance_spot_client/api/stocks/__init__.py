"""Operations tagged `stocks`. Generated from spec/; do not edit."""
