"""The `repatriate` command run in process, as the installed command would run it.

Starting the installed command costs about a second; this costs a few hundredths. Every test
of the command line goes through `repatriate` here; tests/cli/test_installed_command.py keeps
a few runs of the real installed command."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import NamedTuple, cast

from repatriate import cli
from repatriate.storage import encryption


class Ran(NamedTuple):
    """What a caseworker sees: the exit code, standard output and standard error."""

    returncode: int
    stdout: str
    stderr: str


def repatriate(*argv: str | Path) -> Ran:
    """Run one command line as a new process would: nothing unlocked from before; a bad
    command line exits 2 with argparse's message on standard error."""
    encryption.forget_all()
    out, err = _terminal(), _terminal()
    # What the command prints straight to sys.stdout or sys.stderr is caught as well.
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = cli.parse([str(a) for a in argv])
            if args.command is None:
                cli.build_parser().error("a command is required")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = cli.run(args, out, err)
    return Ran(code, _text(out), _text(err))


def _terminal() -> io.TextIOWrapper:
    """A stream like the terminal's, with the bytes underneath for what is written as bytes
    (a CSV file or a calendar sent to standard output)."""
    return io.TextIOWrapper(io.BytesIO(), "utf-8", newline="", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    return cast(io.BytesIO, stream.buffer).getvalue().decode("utf-8")
