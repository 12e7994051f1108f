"""Facade groups of the /sapi families and Binance Login. Generated; do not edit."""
