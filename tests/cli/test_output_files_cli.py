"""Files the commands write (CSV export, calendars, fact sheets): whole or not at all, never in
place of a device, a pipe or a folder, and `-` for standard output."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database

HEADER = "ref,name,name_native,aliases,sex,birth_date"


@pytest.fixture
def clinic(db: Database, db_path: Path) -> Path:
    db.cases.add(
        PrisonerFile(
            ref="KOL/2023/114", name="Salma Bibi", name_native="সালমা বিবি", claimed_nationality="BD"
        )
    )
    db.cases.add(PrisonerFile(ref="JAI/2024/7", name="Ram Karki"))
    return db_path


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("repatriate: error: ")
    return lines[0]


def test_export_to_a_device_is_refused_and_the_device_left_alone(clinic: Path) -> None:
    code, out, err = repatriate("--db", clinic, "export", "/dev/full")

    assert (code, out) == (1, "")
    assert "/dev/full: not a regular file" in one_error_line(err)
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_export_to_a_fifo_is_refused_without_waiting_for_a_reader(
    clinic: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)

    code, _, err = repatriate("--db", clinic, "export", fifo)

    assert code == 1
    assert f"{fifo}: not a regular file" in one_error_line(err)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_to_a_folder_is_refused(clinic: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()

    code, _, err = repatriate("--db", clinic, "export", folder)

    assert code == 1
    assert f"{folder}: is a folder" in one_error_line(err)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_export_to_standard_output_writes_only_the_csv(clinic: Path, target: str) -> None:
    code, out, err = repatriate("--db", clinic, "export", target)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(HEADER)
    assert sorted(line.split(",")[0] for line in lines[1:]) == ["JAI/2024/7", "KOL/2023/114"]
    assert "সালমা বিবি" in out
    assert "exported" not in out


def test_followups_calendar_to_standard_output_is_the_only_output(clinic: Path) -> None:
    db = Database.open(str(clinic), create=False)
    try:
        db.movements.move("KOL/2023/114", "BDHC-DEL", on=date(2026, 11, 9))
    finally:
        db.close()

    code, out, err = repatriate("--db", clinic, "followups", "--as-of", "2026-11-18", "--ics", "-")

    assert (code, err) == (0, "")
    assert out.startswith("BEGIN:VCALENDAR")
    assert out.rstrip().endswith("END:VCALENDAR")
    assert "SUMMARY:Follow up KOL/2023/114 with BDHC-DEL" in out


def test_a_fact_sheet_is_not_written_to_a_device(clinic: Path) -> None:
    code, _, err = repatriate("--db", clinic, "factsheet", "KOL/2023/114", "-o", "/dev/full")

    assert code == 1
    assert "/dev/full: not a regular file" in one_error_line(err)


class _FullDisk:
    """A file on a disk that fills up after the first few bytes."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.written = 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > 64:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.written += len(data)
        return int(self.real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.real.close()


def test_a_full_disk_gives_one_line_and_keeps_the_previous_export(
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "files.csv"
    target.write_text("last week's export\n", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))

    code, out, err = repatriate("--db", clinic, "export", target)

    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert f"{target}: cannot write: No space left on device; nothing written" in line
    assert target.read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_a_read_only_folder_gives_one_line(
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    target = tmp_path / "followups.ics"

    code, _, err = repatriate("--db", clinic, "followups", "--as-of", "2026-11-18", "--ics", target)

    assert code == 1
    assert f"{target}: cannot write here: Read-only file system" in one_error_line(err)
    assert not target.exists()
