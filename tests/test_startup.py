"""`repatriate --version` and `--help` answer without loading the database or report libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from repatriate import __version__

HEAVY = ("sqlalchemy", "pycountry", "reportlab", "PIL", "repatriate.services.database")

PROBE = """
import contextlib, io, sys
from repatriate.app import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main([{option!r}])
    except SystemExit:
        pass
print(" ".join(name for name in {heavy!r} if name in sys.modules))
"""


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_answers_without_heavy_imports(option: str) -> None:
    probe = PROBE.format(option=option, heavy=HEAVY)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_version_alone_is_answered_before_the_command_line_is_built() -> None:
    probe = (
        "import sys\nfrom repatriate.app import main\nmain(['--version'])\n"
        "print('argparse' in sys.modules, 'repatriate.cli' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"repatriate {__version__}", "False False"]
    with_more = subprocess.run(
        [sys.executable, "-m", "repatriate", "--db", "x.sqlite3", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert with_more.stdout == f"repatriate {__version__}\n"
