"""The wheel carries what the program needs: installed on its own, it reads its resources."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_installs_and_runs_a_command_that_reads_a_resource(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("repatriate-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "repatriate/resources/demo/people.json" in names
    assert "repatriate/storage/migrations/versions/0001_prisoner_file.py" in names

    # A fresh environment that sees the dependencies already installed here, but not the
    # source tree: only the wheel provides `repatriate`.
    target = tmp_path / "env"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
    )
    located = subprocess.run(
        [str(python), "-c", "import repatriate.resource_files as r; print(r.resource('demo'))"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert located.startswith(str(target))

    for command in (["init"], ["demo", "--cases", "5"]):
        result = subprocess.run(
            [str(target / "bin" / "repatriate"), "--db", str(tmp_path / "t.db"), *command],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    assert "added 5 demo files" in result.stdout
