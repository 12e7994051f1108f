"""The iterators of each /sapi group (see _paging.py). Generated; do not edit."""
