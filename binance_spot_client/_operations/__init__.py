"""The rows of OPERATIONS, one module a family (see operations.py). Generated; do not edit."""
