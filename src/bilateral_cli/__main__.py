"""Allow `python -m bilateral_cli`."""

from bilateral_cli.cli import main

main(prog_name="bilateral")
