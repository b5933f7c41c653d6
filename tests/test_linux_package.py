"""The Linux package as a caseworker's computer runs it: the frozen program taken out of the
.deb, started with nothing of this project's Python on its path, does a first week's work."""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdf_checks import text

ROOT = Path(__file__).resolve().parents[1]
BUILT_FROM = ("src", "resources", "forms", "packaging", "scripts/package", "pyproject.toml")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="the .deb is built and unpacked with dpkg-deb",
    ),
]


def newest_source() -> float:
    newest = 0.0
    for name in BUILT_FROM:
        path = ROOT / name
        files = path.rglob("*") if path.is_dir() else [path]
        newest = max([newest, *(f.stat().st_mtime for f in files if "__pycache__" not in f.parts)])
    return newest


def built_package() -> Path:
    """The .deb scripts/package made, built again when the sources are newer than it. Test
    workers running at once wait for one another's build instead of writing over it."""
    (ROOT / "build").mkdir(exist_ok=True)
    with (ROOT / "build" / "package.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        debs = sorted((ROOT / "dist").glob("repatriate_*.deb"), key=lambda p: p.stat().st_mtime)
        if debs and debs[-1].stat().st_mtime > newest_source():
            return debs[-1]
        # The interpreter running the tests has the program's dependencies and PyInstaller.
        result = subprocess.run(
            [str(ROOT / "scripts" / "package")],
            env={**os.environ, "PYTHON": sys.executable},
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        # Its last line: "PATH SIZE (installed: N MB)".
        return Path(result.stdout.splitlines()[-1].split()[0])


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(built_package()), str(folder)], check=True)
    command = folder / "usr" / "bin" / "repatriate"
    assert command.is_symlink()
    assert str(command.readlink()) == "/opt/repatriate/repatriate"
    for installed in (
        "usr/share/applications/repatriate.desktop",
        "usr/share/mime/packages/repatriate.xml",
        "usr/share/icons/hicolor/scalable/apps/repatriate.svg",
        "usr/share/icons/hicolor/48x48/apps/repatriate.png",
    ):
        assert (folder / installed).is_file(), installed
    return folder / "opt" / "repatriate" / "repatriate"


def bare_environment(home: Path) -> dict[str, str]:
    """A caseworker's session: no virtual environment, no PYTHONPATH, a fresh home folder."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(program: Path, home: Path, *args: str) -> str:
    result = subprocess.run(
        [str(program), *args],
        env=bare_environment(home),
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"repatriate {' '.join(args)}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


CSV = (
    "ref,name,name_native,claimed_nationality,prison,state,arrest_date,conviction_date,"
    "sentence_years,status\n"
    "KOL/1,Karim Hossain,করিম হোসেন,BD,Dum Dum Central Correctional Home,West Bengal,"
    "2023-10-02,2024-01-10,1,sentence completed\n"
)


def test_the_packaged_program_does_a_first_week_without_the_projects_python(
    program: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert run(program, home, "--version").strip() == "repatriate 0.1.0"
    db = home / "clinic.sqlite3"
    run(program, home, "--db", str(db), "init")
    (home / "files.csv").write_text(CSV, encoding="utf-8")
    assert "imported 1 files" in run(program, home, "--db", str(db), "import", "files.csv")

    # Convicted 2024-01-10 to a year, the day of sentence counting: due 2025-01-09; on
    # 2026-01-09 held 365 days past it.
    listed = run(
        program, home, "--db", str(db), "overstays", "--as-of", "2026-01-09", "--format", "csv"
    )
    assert "KOL/1,Karim Hossain,BD,Dum Dum Central Correctional Home,2025-01-09,365" in listed

    sheet = home / "sheet.pdf"
    run(program, home, "--db", str(db), "factsheet", "KOL/1", "-o", str(sheet))
    assert "করিম হোসেন" in text(sheet)


def test_the_packaged_window_opens_on_its_own(program: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / "clinic.sqlite3"
    run(program, home, "--db", str(db), "init")
    window = subprocess.Popen(
        [str(program), "--db", str(db)],
        env=bare_environment(home),
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Once shown, the window runs its weekly integrity check of the database and notes
        # the day it did: proof that it opened and its event loop ran.
        checked = None
        deadline = time.monotonic() + 30
        while checked is None and time.monotonic() < deadline and window.poll() is None:
            time.sleep(0.25)
            with sqlite3.connect(db) as connection:
                row = connection.execute(
                    "SELECT value FROM setting WHERE key = 'backups.last_full_check'"
                ).fetchone()
            checked = row[0] if row else None
        assert window.poll() is None, window.communicate()[1]
        assert checked is not None
        time.sleep(1)
        assert window.poll() is None, window.communicate()[1]
    finally:
        window.terminate()
        _, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors
