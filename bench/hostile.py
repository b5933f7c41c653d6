"""A tally of hostile inputs: how each ended.

Runs a fixed list of well over 100 hostile inputs against the program, each in a folder of its
own under a temporary folder: command-line values at the ends of the calendar, huge, empty and
with control characters; a 0-byte, a missing, a non-SQLite and a cut-short database; CSV files
with forged lines, formulas, NUL bytes and odd encodings; bundles that are no zip or try to
write outside their folder; a decompression-bomb PNG; a PDF with /JavaScript and /Launch; a
2,800-character address on a sheet. Each ends in one of:

- refused clearly: exit 1 or 2 with one line that says why, or a line per bad value
  (field: value: reason) and their count (for a service call, the error the window shows),
  the database and the folder as they were;
- accepted correctly: exit 0 and what was asked, nothing else written;
- traceback: an exception escaped, or a traceback was printed;
- wrong write: a file left that was not asked for, an output half-written by a refused
  command, the database changed by a refused command, or a check of the result failed;
- unclear: refused with no message, with lines that are not one per bad value, or with more
  than 20 of them; or the opposite of what is expected.

Run: `.venv/bin/python bench/hostile.py [--verbose]`. It exits 1 if any case ended in a
traceback, a wrong write or unclearly.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pikepdf
from PIL import Image

from repatriate import cli
from repatriate.domain.errors import RepatriateError
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.csv_format import COLUMNS
from repatriate.services.database import Database

REFUSE, ACCEPT, EITHER = "refuse", "accept", "either"
CLASSES = ("refused clearly", "accepted correctly", "traceback", "wrong write", "unclear")
DB = "clinic.sqlite3"
TODAY = date(2026, 11, 23)
ADDRESS = ("Ward 4, Kumarkhali Upazila, Kushtia District, Khulna Division, Bangladesh. " * 40)[
    :2800
]

Check = Callable[[Path], str | None]
"""Given the case's folder after an accepted run: what is wrong with the result, or None."""


@dataclass(frozen=True)
class Case:
    group: str
    label: str
    argv: Sequence[str] = ()
    expect: str = EITHER
    outputs: tuple[str, ...] = ()
    """Files the command was asked to write, relative to the case's folder."""
    setup: Callable[[Path], None] | None = None
    """Prepares the folder (after the clinic's database is copied in, unless `no_db`)."""
    call: Callable[[Path], None] | None = None
    """Instead of a command: a service call, as the window makes it."""
    check: Check | None = None
    no_db: bool = False
    db_arg: str = DB


@dataclass
class Result:
    case: Case
    outcome: str
    detail: str = ""
    lines: list[str] = field(default_factory=list)


# -- what the cases are made of ------------------------------------------------------------


def make_template(folder: Path) -> Path:
    path = folder / DB
    db = Database.open(str(path), create=True)
    try:
        for ref, name in (("KOL/1", "Salma Begum"), ("KOL/2", "Rafiqul Islam")):
            db.cases.add(
                PrisonerFile(
                    ref=ref,
                    name=name,
                    claimed_nationality="BD",
                    prison="Dum Dum Central Correctional Home",
                    conviction_date=date(2024, 1, 10),
                    sentence=Sentence(years=1),
                    status=Status.SENTENCE_COMPLETED,
                ),
                TODAY,
            )
        db.cases.add(
            PrisonerFile(ref="ADDR/1", name="Long Address", claimed_nationality="BD"), TODAY
        )
        # Longer than a field may now be: as a database from before the limits may hold it.
        with db.store.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE prisoner_file SET home_address = ? WHERE ref = 'ADDR/1'", (ADDRESS,)
            )
    finally:
        db.close()
    return path


def bomb_png() -> bytes:
    """A PNG of a few kilobytes that declares 30,000 by 30,000 pixels."""
    out = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(out, "PNG", optimize=True)
    return out.getvalue()


def small_png(mode: str = "RGB", size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue()


def acting_pdf() -> bytes:
    """A one-page PDF that runs JavaScript on opening and launches a program from a link."""
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        pdf.Root.OpenAction = pdf.make_indirect(script)
        launch = pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe"))
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=[0, 0, 100, 100],
            A=launch,
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))
        pdf.save(out)
    return out.getvalue()


def csv_text(rows: Sequence[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in COLUMNS})
    return out.getvalue()


def write(name: str, content: bytes | str) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)

    return setup


def exported_cells_are_defanged(name: str) -> Check:
    def check(folder: Path) -> str | None:
        with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    if cell[:1] in ("=", "+", "-", "@") and not cell.lstrip("-").isdigit():
                        return f"a cell begins with a formula sign: {cell[:30]!r}"
        return None

    return check


def refs_in_database(*expected: str) -> Check:
    def check(folder: Path) -> str | None:
        with sqlite3.connect(folder / DB) as connection:
            refs = sorted(r[0] for r in connection.execute("SELECT ref FROM prisoner_file"))
        missing = [ref for ref in expected if ref not in refs]
        return f"not imported: {missing}" if missing else None

    return check


def only_refs(*expected: str) -> Check:
    def check(folder: Path) -> str | None:
        with sqlite3.connect(folder / DB) as connection:
            refs = sorted(r[0] for r in connection.execute("SELECT ref FROM prisoner_file"))
        return None if refs == sorted(expected) else f"the database holds {refs}"

    return check


def one_csv_row_per_file(name: str) -> Check:
    def check(folder: Path) -> str | None:
        with (folder / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        refs = [row["ref"] for row in rows]
        return None if len(refs) == len(set(refs)) == 3 else f"rows for refs {refs}"

    return check


def pdf_is_clean(name: str) -> Check:
    def check(folder: Path) -> str | None:
        content = (folder / name).read_bytes()
        with pikepdf.open(io.BytesIO(content)) as pdf:
            for item in pdf.objects:
                if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
                    for key in ("/JS", "/JavaScript", "/Launch", "/OpenAction"):
                        if key in item:
                            return f"{name} still holds {key}"
        return None

    return check


def sheet_fits(name: str) -> Check:
    """The sheet opens, and a long address does not run it over many pages."""

    def check(folder: Path) -> str | None:
        with pikepdf.open(folder / name) as pdf:
            count = len(pdf.pages)
        return None if count <= 3 else f"{name} runs to {count} pages"

    return check


def stored_documents_are_clean(folder: Path) -> str | None:
    with sqlite3.connect(folder / DB) as connection:
        for (content,) in connection.execute("SELECT content FROM document"):
            for word in (b"/JavaScript", b"/Launch", b"app.alert"):
                if word in content:
                    return f"the stored document still holds {word.decode()}"
    return None


def service(action: Callable[[Database], object]) -> Callable[[Path], None]:
    def call(folder: Path) -> None:
        db = Database.open(str(folder / DB))
        try:
            action(db)
        finally:
            db.close()

    return call


# -- the cases -----------------------------------------------------------------------------


def cases() -> list[Case]:
    found: list[Case] = []

    def add(group: str, label: str, *argv: str, **options: object) -> None:
        found.append(Case(group, label, argv, **options))  # type: ignore[arg-type]

    dates = {
        "0001-01-01": REFUSE,
        "1899-12-31": REFUSE,
        "1900-01-01": EITHER,
        "9999-12-31": EITHER,
        "2026-02-29": REFUSE,
        "2024-02-29": ACCEPT,
        "2026-13-01": REFUSE,
        "2026-00-10": REFUSE,
        "": REFUSE,
        "today": REFUSE,
        "2026-1-5": EITHER,
        "\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0661": REFUSE,  # in Arabic-Indic digits
    }
    for value, expect in dates.items():
        add(
            "calendar", f"overstays --as-of {value!r}", "overstays", "--as-of", value, expect=expect
        )
    for value, expect in (("0001-01-01", REFUSE), ("9999-12-31", EITHER), ("2024-02-29", ACCEPT)):
        add("calendar", f"show --as-of {value}", "show", "KOL/1", "--as-of", value, expect=expect)
        add("calendar", f"where --as-of {value}", "where", "KOL/1", "--as-of", value, expect=expect)
        add(
            "calendar",
            f"move --date {value}",
            "move",
            "KOL/1",
            "--to",
            "BDDHC-KOL",
            "--date",
            value,
            expect=EITHER,
        )
        add(
            "calendar",
            f"log --date {value}",
            "log",
            "KOL/1",
            "--kind",
            "call",
            "--date",
            value,
            expect=EITHER,
        )
        add(
            "calendar",
            f"desks --stats --since {value}",
            "desks",
            "--stats",
            "--since",
            value,
            expect=expect,
        )
        add("calendar", f"audit --since {value}", "audit", "--since", value, expect=expect)
    weeks = {
        "2026-W53": ACCEPT,
        "2025-W53": REFUSE,
        "9999-W52": REFUSE,
        "0001-W01": REFUSE,
        "2026-W00": REFUSE,
        "2026W10": EITHER,
    }
    for value, expect in weeks.items():
        add("calendar", f"followups --week {value}", "followups", "--week", value, expect=expect)
    add(
        "calendar",
        "desks --since after --until",
        "desks",
        "--stats",
        "--since",
        "2026-10-01",
        "--until",
        "2026-01-01",
        expect=EITHER,
    )
    for value, expect in (
        ("-1", REFUSE),
        ("0", ACCEPT),
        ("740000", REFUSE),
        ("99999999999999999999", REFUSE),
        ("1e3", REFUSE),
    ):
        add(
            "numbers",
            f"overstays --min-days {value}",
            "overstays",
            "--min-days",
            value,
            expect=expect,
        )
    for value, expect in (("0", REFUSE), ("99999999", REFUSE), ("-3", REFUSE)):
        add("numbers", f"demo --cases {value}", "demo", "--cases", value, expect=expect)

    huge = "x" * 100_000
    controls = "A\x00B\x1b[2J\x07\r\nC"
    for label, value in (
        ("empty", ""),
        ("huge", huge),
        ("control characters", controls),
        ("spaces", "   "),
        ("unknown", "NOPE/404"),
    ):
        add("values", f"show {label} ref", "show", value, expect=REFUSE)
        add("values", f"where {label} ref", "where", value, expect=REFUSE)
        add("values", f"delete {label} ref", "delete", value, expect=REFUSE)
        add("values", f"move to {label} desk", "move", "KOL/1", "--to", value, expect=REFUSE)
        add("values", f"audit --ref {label}", "audit", "--ref", value, expect=EITHER)
    for label, value, expect in (
        ("huge", huge, REFUSE),
        ("control characters", controls, EITHER),
        ("empty", "", ACCEPT),
    ):
        add(
            "values",
            f"log --outcome {label}",
            "log",
            "KOL/1",
            "--kind",
            "call",
            "--outcome",
            value,
            expect=expect,
        )
        add(
            "values",
            f"move --note {label}",
            "move",
            "KOL/1",
            "--to",
            "BDDHC-KOL",
            "--note",
            value,
            expect=expect,
        )
        add(
            "values",
            f"factsheet --request {label}",
            "factsheet",
            "KOL/1",
            "-o",
            "sheet.pdf",
            "--request",
            value,
            expect=EITHER,
            outputs=("sheet.pdf",),
        )
    settings = {
        ("long_overstay_days", ""): REFUSE,
        ("long_overstay_days", "0"): REFUSE,
        ("long_overstay_days", "36501"): REFUSE,
        ("long_overstay_days", "\u0663\u0660"): REFUSE,  # 30 in Arabic-Indic digits
        ("long_overstay_days", "1e3"): REFUSE,
        ("long_overstay_days", "200"): ACCEPT,
        ("lock_after_minutes", "0"): REFUSE,
        ("lock_after_minutes", "1441"): REFUSE,
        ("lock_after_minutes", "-5"): REFUSE,
        ("date_format", "weird"): REFUSE,
        ("sentence_day_counts", "maybe"): REFUSE,
        ("at_risk_groups", "Rohingya"): REFUSE,
        ("at_risk_groups", "Rohingya:ZZ"): REFUSE,
        ("no_such_setting", "1"): REFUSE,
        ("name", huge): REFUSE,
        ("name", "Clinic\x00\x1b"): EITHER,
    }
    for (name, value), expect in settings.items():
        shown = value if len(value) < 20 else f"{len(value)} characters"
        add("settings", f"settings {name} {shown!r}", "settings", name, value, expect=expect)
    add(
        "settings",
        "settings with a name and no value",
        "settings",
        "long_overstay_days",
        expect=EITHER,
    )

    # Databases that are not what they should be.
    broken = {
        "0-byte file": b"",
        "text file": b"hello, this is not a database\n",
        "random bytes": bytes(range(256)) * 64,
        "a PNG": small_png(),
        "SQLite header only": b"SQLite format 3\x00" + b"\x00" * 84,
    }
    commands = (["overstays"], ["show", "KOL/1"], ["check"], ["backup"], ["export", "out.csv"])
    for label, content in broken.items():
        for argv in commands:
            outputs = ("out.csv",) if "export" in argv else ()
            add(
                "databases",
                f"{label}: {' '.join(argv)}",
                *argv,
                expect=EITHER,
                outputs=outputs,
                no_db=True,
                setup=write(DB, content),
            )
    for argv in commands:
        add("databases", f"missing: {' '.join(argv)}", *argv, expect=REFUSE, no_db=True)

    def cut_short(folder: Path) -> None:
        content = (folder / DB).read_bytes()
        (folder / DB).write_bytes(content[: len(content) // 3])

    for argv in commands:
        outputs = ("out.csv",) if "export" in argv else ()
        add(
            "databases",
            f"cut to a third: {' '.join(argv)}",
            *argv,
            expect=EITHER,
            setup=cut_short,
            outputs=outputs,
        )
    add(
        "databases",
        "a folder as the database",
        "overstays",
        expect=REFUSE,
        no_db=True,
        setup=lambda folder: (folder / DB).mkdir(),
    )
    add(
        "databases",
        "a database URL of an unknown kind",
        "overstays",
        expect=REFUSE,
        no_db=True,
        db_arg="nosuchdb://host/x",
    )

    # CSV files.
    forged = csv_text(
        [{"ref": "F/1", "name": "Amina\nF/2,Forged Person", "claimed_nationality": "BD"}]
    )
    forged_note = csv_text([{"ref": "F/1", "name": "Amina", "notes": "met\nF/2,Forged Person"}])
    formula = csv_text(
        [
            {"ref": "F/1", "name": '=HYPERLINK("http://x","click")'},
            {"ref": "F/2", "name": "@SUM(A1:A9)"},
        ]
    )
    csvs: dict[str, tuple[bytes | str, str, Check | None]] = {
        "newline-forged name": (forged, REFUSE, None),
        "newline-forged note": (forged_note, ACCEPT, only_refs("KOL/1", "KOL/2", "ADDR/1", "F/1")),
        "formula cells": (formula, ACCEPT, refs_in_database("F/1", "F/2")),
        "0-byte file": (b"", REFUSE, None),
        "header only": (csv_text([]), EITHER, None),
        "NUL bytes": (csv_text([{"ref": "N/1", "name": "A\x00B"}]), REFUSE, None),
        "UTF-16": (csv_text([{"ref": "U/1", "name": "Salma"}]).encode("utf-16"), EITHER, None),
        "Latin-1 bytes": ("ref,name\nL/1,Jos\xe9\n".encode("latin-1"), EITHER, None),
        "binary garbage": (bytes(range(256)) * 40, REFUSE, None),
        "10,000 columns": (",".join(f"c{i}" for i in range(10_000)) + "\n", REFUSE, None),
        "a 1 MB cell": (csv_text([{"ref": "H/1", "name": "x" * 1_000_000}]), REFUSE, None),
        "duplicate refs": (
            csv_text([{"ref": "D/1", "name": "A"}, {"ref": "D/1", "name": "B"}]),
            REFUSE,
            None,
        ),
        "a ref already taken": (csv_text([{"ref": "KOL/1", "name": "Other"}]), REFUSE, None),
        "unclosed quote": ('ref,name\nQ/1,"Salma\n', REFUSE, None),
        "dates at the ends": (
            csv_text(
                [
                    {"ref": "E/1", "name": "A", "birth_date": "0001-01-01"},
                    {"ref": "E/2", "name": "B", "conviction_date": "9999-12-31"},
                ]
            ),
            REFUSE,
            None,
        ),
        "a 2,800-character address": (
            csv_text([{"ref": "A/9", "name": "A", "home_address": ADDRESS}]),
            EITHER,
            None,
        ),
    }
    for label, (text, expect, check) in csvs.items():
        add(
            "csv",
            f"import: {label}",
            "import",
            "in.csv",
            expect=expect,
            setup=write("in.csv", text),
            check=check,
        )
        add(
            "csv",
            f"import --dry-run: {label}",
            "import",
            "--dry-run",
            "in.csv",
            expect=EITHER,
            setup=write("in.csv", text),
        )
    add("csv", "import a file that does not exist", "import", "absent.csv", expect=REFUSE)
    add(
        "csv",
        "import a folder",
        "import",
        "in.csv",
        expect=REFUSE,
        setup=lambda folder: (folder / "in.csv").mkdir(),
    )

    def imported_formula(folder: Path) -> None:
        (folder / "in.csv").write_text(formula, encoding="utf-8")
        cli.run(
            cli.parse(["--db", str(folder / DB), "import", str(folder / "in.csv")]),
            io.StringIO(),
            io.StringIO(),
        )
        (folder / "in.csv").unlink()

    add(
        "csv",
        "export after formula cells came in",
        "export",
        "out.csv",
        expect=ACCEPT,
        setup=imported_formula,
        outputs=("out.csv",),
        check=exported_cells_are_defanged("out.csv"),
    )
    add(
        "csv",
        "export of a forged name is one row a file",
        "export",
        "out.csv",
        expect=ACCEPT,
        outputs=("out.csv",),
        check=one_csv_row_per_file("out.csv"),
    )

    # Bundles.
    def zip_with(entries: dict[str, bytes]) -> Callable[[Path], None]:
        def setup(folder: Path) -> None:
            with zipfile.ZipFile(folder / "in.repatriate", "w") as bundle:
                for name, content in entries.items():
                    bundle.writestr(name, content)

        return setup

    bundles = {
        "not a zip": write("in.repatriate", b"PK\x03\x04 not really"),
        "an empty zip": zip_with({}),
        "a path outside its folder": zip_with({"../../escaped.txt": b"x", "manifest.json": b"{}"}),
        "a broken manifest": zip_with({"manifest.json": b"{not json"}),
        "a highly compressed entry": zip_with(
            {"manifest.json": b"{}", "rows.json": b" " * 50_000_000}
        ),
    }
    for label, setup in bundles.items():
        add(
            "bundle",
            f"import --bundle: {label}",
            "import",
            "--bundle",
            "in.repatriate",
            expect=REFUSE,
            setup=setup,
        )

    # Photos and documents, as the window attaches them.
    def attach_photo(content: bytes) -> Callable[[Path], None]:
        return service(lambda db: db.cases.add_photo("KOL/1", content, taken_on=None))

    def attach_document(content: bytes) -> Callable[[Path], None]:
        return service(
            lambda db: db.cases.add_document("KOL/1", content, kind="court order", filename="o.pdf")
        )

    photos = {
        "decompression-bomb PNG": (bomb_png(), REFUSE),
        "PNG header only": (b"\x89PNG\r\n\x1a\n", REFUSE),
        "JPEG header only": (b"\xff\xd8\xff\xe0", REFUSE),
        "0 bytes": (b"", REFUSE),
        "a PDF as a photo": (small_png()[:0] + b"%PDF-1.4\n", REFUSE),
        "26 MB of zeros": (b"\x00" * (26 * 1024 * 1024), REFUSE),
        "a transparent PNG": (small_png("RGBA"), ACCEPT),
        "a one-pixel PNG": (small_png("L", (1, 1)), ACCEPT),
    }
    for label, (content, expect) in photos.items():
        found.append(
            Case("attachments", f"photo: {label}", call=attach_photo(content), expect=expect)
        )
    acting = acting_pdf()
    found.append(
        Case(
            "attachments",
            "document: PDF with /JavaScript and /Launch",
            call=attach_document(acting),
            expect=ACCEPT,
            check=stored_documents_are_clean,
        )
    )
    for label, content in (
        ("encrypted-looking PDF", b"%PDF-1.7\n1 0 obj<</Encrypt 2 0 R>>"),
        ("PDF without pages", b"%PDF-1.4\n%%EOF\n"),
    ):
        found.append(
            Case("attachments", f"document: {label}", call=attach_document(content), expect=REFUSE)
        )

    def with_acting_document(folder: Path) -> None:
        db = Database.open(str(folder / DB))
        try:
            # As a database from before documents were cleaned would hold it.
            db.cases.add_document("KOL/1", small_png(), kind="letter", filename="l.png")
            with db.store.engine.begin() as connection:
                connection.exec_driver_sql(
                    "UPDATE document SET content = ?, media_type = 'application/pdf'", (acting,)
                )
        finally:
            db.close()

    add(
        "sheets",
        "factsheet with a stored acting PDF",
        "factsheet",
        "KOL/1",
        "-o",
        "s.pdf",
        expect=ACCEPT,
        setup=with_acting_document,
        outputs=("s.pdf",),
        check=pdf_is_clean("s.pdf"),
    )
    add(
        "sheets",
        "factsheet with a 2,800-character address",
        "factsheet",
        "ADDR/1",
        "-o",
        "s.pdf",
        expect=ACCEPT,
        outputs=("s.pdf",),
    )
    add(
        "sheets",
        "factsheet to a missing folder",
        "factsheet",
        "KOL/1",
        "-o",
        "no/such/s.pdf",
        expect=REFUSE,
    )
    add(
        "sheets",
        "factsheet over a folder",
        "factsheet",
        "KOL/1",
        "-o",
        "s.pdf",
        expect=REFUSE,
        setup=lambda folder: (folder / "s.pdf").mkdir(),
    )
    add(
        "sheets",
        "factsheet --embassy QQ",
        "factsheet",
        "--embassy",
        "QQ",
        "-o",
        "b.pdf",
        expect=REFUSE,
    )
    add(
        "sheets",
        "followups --ics to a missing folder",
        "followups",
        "--ics",
        "no/such/w.ics",
        expect=REFUSE,
    )
    add(
        "sheets",
        "backup --to a missing folder",
        "backup",
        "--to",
        "no/such/b.sqlite3",
        expect=REFUSE,
    )
    add(
        "sheets",
        "restore from a text file",
        "restore",
        "fake.sqlite3",
        expect=REFUSE,
        setup=write("fake.sqlite3", "not a backup"),
    )
    add(
        "sheets",
        "check --salvage over the database itself",
        "check",
        "--salvage",
        DB,
        expect=REFUSE,
    )
    return found


# -- running them --------------------------------------------------------------------------


def content_hash(folder: Path) -> str:
    """What the database holds, the audit log and its head aside (printing and reading are
    audited, and a backup made before a refused delete is too)."""
    path = folder / DB
    if not path.is_file():
        return "no database"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            tables = [
                r[0]
                for r in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit_entry' "
                    "ORDER BY name"
                )
            ]
            digest = hashlib.sha256()
            for table in tables:
                for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                    if table == "setting" and row[0] == "audit.head":
                        continue
                    digest.update(repr(row).encode())
            return digest.hexdigest()
    except sqlite3.Error:
        return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    kept = (DB, f"{DB}-wal", f"{DB}-shm", f"{DB}-journal")
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file()
        and path.name not in kept
        and not path.name.endswith(".bak")
        and "backups" not in path.relative_to(folder).parts[:-1]
    }


MOST_PROBLEMS_SHOWN = 20


def clear(lines: list[str]) -> bool:
    """One line; or a line per bad value (field: value: reason) and a closing count of them,
    few enough to read."""
    if len(lines) == 1:
        return True
    count = re.fullmatch(
        r"repatriate: error: (\d+) problem\(s\)( in \d+ row\(s\))?; nothing written", lines[-1]
    )
    return (
        count is not None
        and int(count.group(1)) == len(lines) - 1
        and len(lines) - 1 <= MOST_PROBLEMS_SHOWN
    )


def run(case: Case, folder: Path, template: Path) -> Result:
    folder.mkdir()
    if not case.no_db:
        shutil.copy(template, folder / DB)
    if case.setup is not None:
        case.setup(folder)
    before_files = files_in(folder)
    before = content_hash(folder)
    out, err = io.StringIO(), io.StringIO()
    code: int | None
    escaped = ""
    previous = Path.cwd()
    os.chdir(folder)
    try:
        with redirect_stdout(io.StringIO()), redirect_stderr(err):
            if case.call is not None:
                try:
                    case.call(folder)
                    code = 0
                except RepatriateError as refusal:
                    err.write(f"{refusal}\n")
                    code = 1
            else:
                db_arg = case.db_arg if "://" in case.db_arg else str(folder / case.db_arg)
                try:
                    parsed = cli.parse(["--db", db_arg, *case.argv])
                except SystemExit as stop:
                    code = int(stop.code or 0)
                else:
                    code = cli.run(parsed, out, err)
    except BaseException:  # the tally counts whatever escapes
        escaped = traceback.format_exc(limit=-3)
        code = None
    finally:
        os.chdir(previous)
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    if escaped or "Traceback" in err.getvalue():
        return Result(case, "traceback", escaped or err.getvalue()[-400:], lines)
    left = files_in(folder) - before_files
    asked = set(case.outputs) if code == 0 else set()
    unasked = sorted(left - asked)
    if unasked:
        return Result(case, "wrong write", f"left: {unasked[:3]}", lines)
    if code != 0 and content_hash(folder) != before:
        return Result(case, "wrong write", "a refused command changed the database", lines)
    if code == 0:
        if case.expect == REFUSE:
            return Result(case, "unclear", "accepted what should be refused", lines)
        problem = case.check(folder) if case.check is not None else None
        if problem:
            return Result(case, "wrong write", problem, lines)
        return Result(case, "accepted correctly", "", lines)
    if code in (1, 2) and clear(lines):
        if case.expect == ACCEPT:
            return Result(case, "unclear", "refused what should be accepted", lines)
        return Result(case, "refused clearly", "", lines)
    return Result(case, "unclear", f"exit {code} with {len(lines)} lines", lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="every case and its message")
    options = parser.parse_args(argv)
    all_cases = cases()
    with tempfile.TemporaryDirectory(prefix="repatriate-hostile-") as root:
        template = make_template(Path(root))
        results = [
            run(case, Path(root) / f"case-{i:03}", template) for i, case in enumerate(all_cases)
        ]
    tally: Counter[str] = Counter(r.outcome for r in results)
    groups: dict[str, Counter[str]] = {}
    for result in results:
        groups.setdefault(result.case.group, Counter())[result.outcome] += 1
    print(f"{len(results)} hostile inputs")
    print(f"{'group':<12}" + "".join(f"{name:>20}" for name in CLASSES))
    for group, counts in groups.items():
        print(f"{group:<12}" + "".join(f"{counts[name]:>20}" for name in CLASSES))
    print(f"{'all':<12}" + "".join(f"{tally[name]:>20}" for name in CLASSES))
    for result in results:
        bad = result.outcome in ("traceback", "wrong write", "unclear")
        if bad or options.verbose:
            message = result.lines[0][:110] if result.lines else ""
            print(f"- {result.outcome}: {result.case.group}: {result.case.label[:70]}")
            for text in (result.detail, message):
                if text:
                    print(f"    {text.strip()[:300]}")
    return 1 if any(tally[name] for name in ("traceback", "wrong write", "unclear")) else 0


if __name__ == "__main__":
    sys.exit(main())
