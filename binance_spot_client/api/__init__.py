"""One module per operation, grouped by tag. Generated from spec/; do not edit."""
