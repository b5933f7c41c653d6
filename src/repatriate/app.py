"""The composition root: `repatriate` with a command runs it headless, without one opens the
window on the chosen database."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from repatriate import cli
from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    try:
        db = Database.open(args.db)
    except RepatriateError as exc:
        print(f"repatriate: error: {exc}", file=sys.stderr)
        return cli.EXIT_FAILED
    # Qt is imported only here, so headless commands start fast and run where Qt cannot.
    from repatriate.ui.application import run_window

    try:
        return run_window(db, sys.argv[:1])
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
