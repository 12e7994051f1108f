"""Operations tagged `blvt`. Generated from spec/; do not edit."""
