"""Writing a file the caseworker asked for (CSV export, fact sheet PDF, calendar): the target is
replaced only once the new file is complete, is never something other than a file (a device, a
pipe, a folder), and `-` stands for standard output where the command allows it."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from repatriate.domain.errors import RepatriateError

STANDARD_OUTPUT = "-"
_STANDARD_OUTPUT_NAMES = {Path("/dev/stdout"), Path("/dev/fd/1"), Path("/proc/self/fd/1")}


def is_standard_output(target: Path) -> bool:
    """`-`, or a name the system gives standard output: renaming a file over that would put
    the output wherever standard output happens to lead, or fail."""
    return str(target) == STANDARD_OUTPUT or target.absolute() in _STANDARD_OUTPUT_NAMES


@contextmanager
def replacing(target: Path, *, standard_output: bool = False) -> Iterator[BinaryIO]:
    """A temporary file beside `target` that replaces it once the block has written it all.

    Its name says nothing about whose data it holds, and it is removed if anything fails: a
    full disk or a read-only folder gives one line and leaves the target as it was. With
    `standard_output`, `-` writes to standard output instead.
    """
    if is_standard_output(target):
        if not standard_output:
            raise RepatriateError(
                f"{target}: give a file name (standard output is for CSV and calendars)"
            )
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    final = _file_target(target)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=final.parent, prefix=".repatriate-", suffix=".part"
        )
    except OSError as exc:
        raise RepatriateError(
            f"{target}: cannot write here: {exc.strerror}; nothing written"
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(final)
    except OSError as exc:
        raise RepatriateError(f"{target}: cannot write: {exc.strerror}; nothing written") from None
    finally:
        Path(temporary).unlink(missing_ok=True)


def _file_target(target: Path) -> Path:
    """The file to replace: `target`, or the file a link there points to. Only a regular file
    is replaced; renaming over a device node or a pipe would put personal data in its place."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise RepatriateError(f"{target}: cannot write: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise RepatriateError(f"{target}: is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise RepatriateError(
            f"{target}: not a regular file (a device, pipe or socket); give a file name, "
            "or - for standard output where the command takes it"
        )
    final = target.resolve()
    if not final.parent.is_dir():
        raise RepatriateError(f"{target}: the folder {final.parent} does not exist")
    return final
