"""Benchmark: how long `repatriate --version` and `--help` take, against `python3 -c pass`.

Run: `.venv/bin/python bench/startup.py [--runs N]`.
Each figure is the median of N runs of the whole process; the ratio is against the bare
interpreter started the same way, the floor no Python command can go under.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from timing import COMMAND, median_seconds


def process_seconds(command: list[str], runs: int) -> float:
    return median_seconds(lambda: subprocess.run(command, check=True, capture_output=True), runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    floor = process_seconds([sys.executable, "-c", "pass"], options.runs)
    print(f"{'python3 -c pass (the floor)':<40} {floor:7.3f} s")
    for args in (["--version"], ["--help"]):
        seconds = process_seconds([COMMAND, *args], options.runs)
        label = "repatriate " + " ".join(args)
        print(f"{label:<40} {seconds:7.3f} s  {seconds / floor:5.2f}x the floor")


if __name__ == "__main__":
    main()
