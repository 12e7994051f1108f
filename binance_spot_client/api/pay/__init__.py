"""Operations tagged `pay`. Generated from spec/; do not edit."""
