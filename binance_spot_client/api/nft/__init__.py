"""Operations tagged `nft`. Generated from spec/; do not edit."""
