"""Operations tagged `savings`. Generated from spec/; do not edit."""
