"""What the benchmarks share: the median of repeated timings, and the installed command."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

COMMAND = str(Path(sys.executable).with_name("repatriate"))

# Timed as on a caseworker's computer, where installed modules are kept compiled: a
# PYTHONDONTWRITEBYTECODE in the environment would make every command compile its modules anew.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def median_seconds(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
