"""Benchmark: how long the packaged program takes from launch to its window on screen.

Run: `.venv/bin/python bench/package_startup.py [dist/repatriate_VERSION_ARCH.deb] [--runs N]`
(build the .deb first with scripts/package). The frozen program is unpacked from the .deb and
started as a caseworker's desktop starts it, with none of this project's Python on its path,
on a virtual X display (Xvfb); the time is until `xwininfo` sees its main window viewable.
The figure is the median of N launches on a database holding demo files; the first launch,
which fills the disk cache, is not counted."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def viewable(title: str, env: dict[str, str]) -> bool:
    shown = subprocess.run(
        ["xwininfo", "-name", title], env=env, capture_output=True, text=True, check=False
    )
    return "IsViewable" in shown.stdout


def launch_seconds(program: Path, db: Path, env: dict[str, str]) -> float:
    title = f"Repatriate — {db}"
    start = time.perf_counter()
    window = subprocess.Popen(
        [str(program), "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        while not viewable(title, env):
            if window.poll() is not None:
                raise SystemExit(f"the window exited: {window.stderr.read().decode()[-2000:]}")
            if time.perf_counter() - start > 60:
                raise SystemExit("no window within a minute")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        window.terminate()
        window.wait(timeout=30)
        db.with_name(db.name + ".lock").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    debs = sorted((ROOT / "dist").glob("repatriate_*.deb"))
    parser.add_argument("deb", nargs="?", type=Path, default=debs[-1] if debs else None)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if options.deb is None:
        sys.exit("no .deb in dist/: build it with scripts/package")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        subprocess.run(["dpkg-deb", "-x", str(options.deb), str(folder / "root")], check=True)
        program = folder / "root" / "opt" / "repatriate" / "repatriate"
        home = folder / "home"
        home.mkdir()
        # Xvfb picks a free display and writes its number on the pipe.
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        try:
            with os.fdopen(read) as pipe:
                display = ":" + pipe.readline().strip()
            env = {
                "PATH": "/usr/bin:/bin",
                "HOME": str(home),
                "LANG": "C.UTF-8",
                "DISPLAY": display,
            }
            db = home / "clinic.sqlite3"
            subprocess.run([str(program), "--db", str(db), "init"], env=env, check=True)
            subprocess.run(
                [str(program), "--db", str(db), "demo", "--cases", "500"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            launch_seconds(program, db, env)
            times = [launch_seconds(program, db, env) for _ in range(options.runs)]
        finally:
            server.terminate()
            server.wait()
    size = options.deb.stat().st_size / 1_000_000
    print(f"{options.deb.name}: {size:.1f} MB")
    print(
        f"launch to window on screen: {statistics.median(times):.2f} s "
        f"(median of {options.runs}; fastest {min(times):.2f} s, slowest {max(times):.2f} s)"
    )


if __name__ == "__main__":
    main()
