"""The program's entry: `python -m bilateral_cli` and the `bilateral` console script (`run`).

Each run is a short-lived process, so the cyclic garbage collector is switched off before
anything is imported and the heap is frozen before the interpreter tears it down: collections
during imports and decoding, and the full collection at exit, cost about 25 ms of a 120 ms
`list` (see README, Speed). Reference counting still frees almost everything as usual; only
the entry does this, so importing the package as a library changes nothing.
"""

import gc

gc.disable()

from bilateral_cli.cli import main  # noqa: E402  (after the collector is off)


def run() -> None:
    """Run the command line; leave the heap to the process's end rather than to a collection."""
    status = main()
    gc.freeze()
    raise SystemExit(status)


if __name__ == "__main__":
    run()
