"""Operations tagged `crypto_loans`. Generated from spec/; do not edit."""
