"""The program's entry: `python -m bilateral_cli` and the `bilateral` console script (`run`).

Each run is a short-lived process, so the cyclic garbage collector is switched off before
anything is imported and the heap is frozen before the interpreter tears it down: collections
during imports and decoding, and the full collection at exit, cost about 25 ms of a 120 ms
`list` (see README, Speed). Reference counting still frees almost everything as usual; only
the entry does this, so importing the package as a library changes nothing.

Signals are set before the heavy imports too: Ctrl-C during the ~50 ms of start-up ends the
run with 130 like Ctrl-C at any other time, with no traceback.
"""

import gc

gc.disable()

import signal  # noqa: E402


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: end with 130, the shell's code for SIGINT, and no traceback or 'Aborted!'."""
    raise SystemExit(128 + signum)


signal.signal(signal.SIGINT, _interrupted)
if hasattr(signal, "SIGPIPE"):  # `bilateral list | head` ends quietly, as Unix tools do
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
if hasattr(signal, "SIGXFSZ"):  # over `ulimit -f`: a write error to report, not a killed process
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

from bilateral_cli.cli import main  # noqa: E402  (after the collector is off and signals set)


def run() -> None:
    """Run the command line; leave the heap to the process's end rather than to a collection."""
    status = main()
    gc.freeze()
    raise SystemExit(status)


if __name__ == "__main__":
    run()
