"""Operations tagged `convert`. Generated from spec/; do not edit."""
