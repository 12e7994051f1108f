"""Operations tagged `gift_card`. Generated from spec/; do not edit."""
