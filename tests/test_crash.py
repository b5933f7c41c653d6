"""A short run of the crash test (bench/crash.py): commands killed with SIGKILL mid-write leave
sound databases holding every change reported done, and imports whole or absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CRASH = Path(__file__).parents[1] / "bench" / "crash.py"


@pytest.mark.slow
def test_twenty_kills_leave_every_database_sound_and_every_reported_change_in_it() -> None:
    result = subprocess.run(
        [sys.executable, str(CRASH), "--kills", "20", "--databases", "2", "--slots", "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "integrity_check ok on all 2 databases" in result.stdout
    assert " 0 failed" in result.stdout
