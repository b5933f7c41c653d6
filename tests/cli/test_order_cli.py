"""`order add`, `order list`, `order complied` and `order delete` from the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database

TODAY = date.today()


def with_file(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        db.cases.add(PrisonerFile(ref="KOL/1", name="Salma Bibi"))
    finally:
        db.close()


def test_an_order_round_trip(db_path: Path) -> None:
    with_file(db_path)
    on, due = TODAY - timedelta(days=40), TODAY - timedelta(days=2)
    code, out, err = repatriate(
        "--db", db_path, "order", "add", "KOL/1", "--by", "High Court of Calcutta",
        "--on", on.isoformat(), "--directs", "repatriate the petitioner",
        "--by-date", due.isoformat(), "--desk", "wb-home",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"KOL/1: order 1 recorded, to comply with by {due}\n"

    code, out, _ = repatriate("--db", db_path, "order", "list", "KOL/1")
    assert code == 0
    assert out.splitlines()[:3] == [
        f"order 1  KOL/1  High Court of Calcutta, {on} against WB-HOME",
        "  directs: repatriate the petitioner",
        f"  comply by {due}: overdue 2 days; file a contempt petition before the court "
        "(Contempt of Courts Act 1971, s.2(b) and s.12)",
    ]
    code, out, _ = repatriate("--db", db_path, "show", "KOL/1")
    assert "order-overdue" in out

    code, out, _ = repatriate("--db", db_path, "order", "complied", "1", "--on", TODAY.isoformat())
    assert (code, out) == (0, f"KOL/1: order 1 complied with on {TODAY}\n")
    code, out, _ = repatriate("--db", db_path, "order", "list")
    assert (code, out) == (0, "no order waits to be complied with\n")
    code, out, _ = repatriate("--db", db_path, "order", "delete", "KOL/1", "1")
    assert (code, out) == (0, "KOL/1: order 1 deleted\n")
    code, out, _ = repatriate("--db", db_path, "order", "list", "KOL/1")
    assert out == "KOL/1: no orders recorded\n"


def test_bad_input_is_one_line_and_writes_nothing(db_path: Path) -> None:
    with_file(db_path)
    base = ["--db", db_path, "order", "add", "KOL/1", "--by", "NHRC", "--on", "2026-01-05"]
    code, _, err = repatriate(*base, "--directs", " ", "--by-date", "2026-02-05")
    assert code == 2
    assert err.splitlines()[0] == "directs:  : say what the order directs"
    code, _, err = repatriate(*base, "--directs", "report", "--by-date", "9999-12-31")
    assert code == 2 and "9999-12-31: not a date from 1900 to 2100" in err
    code, _, err = repatriate(
        *base, "--directs", "report", "--by-date", "2026-02-05", "--desk", "NOPE"
    )
    assert (code, err) == (
        1,
        "repatriate: error: desk: NOPE: no desk has this code or name (see `desks`)\n",
    )
    code, _, err = repatriate("--db", db_path, "order", "complied", "7", "--on", "2026-02-05")
    assert (code, err) == (1, "repatriate: error: order: 7: no such order\n")
    code, out, _ = repatriate("--db", db_path, "order", "list", "KOL/1")
    assert out == "KOL/1: no orders recorded\n"
