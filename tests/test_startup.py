"""`repatriate --version` and `--help` answer without loading the database or report libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

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
