"""Operations tagged `general`. Generated from spec/; do not edit."""
