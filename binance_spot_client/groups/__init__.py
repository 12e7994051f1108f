"""Facade groups of the /sapi families. Generated; do not edit."""
