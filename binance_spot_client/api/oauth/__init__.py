"""Operations tagged `oauth`. Generated from spec/; do not edit."""
