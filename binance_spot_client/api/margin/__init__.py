"""Operations tagged `margin`. Generated from spec/; do not edit."""
