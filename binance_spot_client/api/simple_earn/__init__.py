"""Operations tagged `simple_earn`. Generated from spec/; do not edit."""
