"""`python -m binance_spot_client.cli`, the same as `binance-spot`."""

from . import main

main()
