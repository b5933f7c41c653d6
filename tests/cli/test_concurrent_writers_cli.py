"""Several commands writing one database at once, while `demo` fills it: none fails with
"database is locked", and every change a command reported is in the database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database

COMMAND = str(Path(sys.executable).with_name("repatriate"))


def start(db_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [COMMAND, "--db", str(db_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_moves_logs_and_imports_all_get_through_while_demo_runs(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(str(db_path))
    for n in range(4):
        db.cases.add(PrisonerFile(ref=f"KOL/{n}", name="Salma Begum", claimed_nationality="BD"))
    db.close()
    imports = []
    for n in range(2):
        csv = tmp_path / f"batch{n}.csv"
        rows = "".join(f"IMP{n}/{i},Rafiq Islam,BD\n" for i in range(300))
        csv.write_text("ref,name,claimed_nationality\n" + rows)
        imports.append(csv)

    demo = start(db_path, "demo", "--cases", "4000", "--into-real-database")
    writers = [
        *(
            start(db_path, "move", f"KOL/{n}", "--to", "BDHC-DEL", "--letter", f"L{n}")
            for n in range(4)
        ),
        *(
            start(db_path, "log", f"KOL/{n}", "--kind", "call", "--outcome", f"O{n}")
            for n in range(4)
        ),
        *(start(db_path, "import", str(csv)) for csv in imports),
    ]
    results = [(p.args, *p.communicate(timeout=300), p.returncode) for p in [demo, *writers]]

    failures = [(args[3:], err) for args, _out, err, code in results if code != 0]
    assert failures == []
    assert all("locked" not in err for _a, _o, err, _c in results)
    with sqlite3.connect(db_path) as connection:
        letters = {r for (r,) in connection.execute("SELECT letter_ref FROM movement")}
        outcomes = {r for (r,) in connection.execute("SELECT outcome FROM activity")}
        refs = [r for (r,) in connection.execute("SELECT ref FROM prisoner_file")]
    assert {f"L{n}" for n in range(4)} <= letters
    assert {f"O{n}" for n in range(4)} <= outcomes
    assert sum(ref.startswith("IMP") for ref in refs) == 600
    assert sum(ref.startswith("DEMO-") for ref in refs) == 4000
