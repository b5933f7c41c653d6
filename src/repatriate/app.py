"""The composition root: `repatriate` with a command runs it headless, without one opens the
window on the chosen database."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from repatriate import __version__

HEADLESS_GC_THRESHOLD = 10_000
"""Allocations between two collections of the youngest generation while a command runs
(Python's default is 700)."""


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the packaged program, a process started to lay out part of a batch of fact
        # sheets runs its work here and exits (see reports/parallel.py).
        import multiprocessing

        multiprocessing.freeze_support()
    given = list(sys.argv[1:] if argv is None else argv)
    if given == ["--version"]:
        # Installers and scripts ask this alone: answered before the command line is built,
        # as `--version` would (`repatriate 0.1.0`), at the cost of starting Python only.
        print(f"repatriate {__version__}")
        return 0
    # Starting a command makes some hundred thousand objects (modules, classes, functions)
    # that live as long as the process: with the default thresholds the cycle collector walks
    # all of them again and again while they load (a tenth of a fact sheet's time). Collected
    # less often while headless; the window keeps the defaults. Only for the process's own
    # command line: a caller of `main(argv)` goes on running after it.
    whole_process = argv is None
    defaults = gc.get_threshold()
    if whole_process:
        gc.set_threshold(HEADLESS_GC_THRESHOLD, *defaults[1:])
    from pathlib import Path

    from repatriate import cli
    from repatriate.domain.errors import RepatriateError

    # A bundle opened from the file manager (`repatriate FILE.repatriate`, the desktop entry's
    # command) opens the window on the default database, which offers to import it.
    bundle = None
    if len(given) == 1 and given[0].endswith(".repatriate") and not given[0].startswith("-"):
        bundle = Path(given.pop())
    args = cli.parse(given)
    if args.command is not None:
        code = cli.run(args)
        if whole_process:
            # The command is over: what is left lives until exit. Frozen, it is not collected
            # at exit, which would free every object one by one only for the process to end (a
            # fifth of a fact sheet's time). The command has closed its files and database;
            # Python does not promise to finalise objects alive at exit anyway (`__del__`).
            gc.freeze()
        return code
    gc.set_threshold(*defaults)
    from repatriate.services.database import Database, chooses_default, default_database

    try:
        if not _unlock(args.db):
            print("repatriate: no passphrase given; the database stays locked", file=sys.stderr)
            return cli.EXIT_FAILED
        # The window makes the default database on the first run, to show its welcome page;
        # a database named by --db or $REPATRIATE_DB must exist (`repatriate --db PATH init`).
        db = Database.open(
            args.db, create=chooses_default(args.db) and not default_database().exists()
        )
    except RepatriateError as exc:
        print(f"repatriate: error: {exc}", file=sys.stderr)
        return cli.EXIT_FAILED
    # Qt is imported only here, so headless commands start fast and run where Qt cannot.
    from repatriate.ui.application import run_window

    try:
        if bundle is None:
            return run_window(db, sys.argv[:1])
        return run_window(db, sys.argv[:1], bundle=bundle)
    finally:
        db.close()


def _unlock(location: str | None) -> bool:
    """Ask for the passphrase of an encrypted database in a dialog; False if cancelled."""
    from repatriate.services.database import encrypted_file
    from repatriate.ui.lock import unlock_file

    path = encrypted_file(location)
    return path is None or unlock_file(path)


if __name__ == "__main__":
    sys.exit(main())
