"""Operations tagged `portfolio_margin`. Generated from spec/; do not edit."""
