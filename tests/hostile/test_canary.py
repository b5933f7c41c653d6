"""A stolen laptop reveals nothing: a prisoner's name, home village and UNHCR number go only
where the caseworker sent them (a sheet, an export, `show`), never into an error, a file left
behind, the audit log or the program's log, and the window writes no copy of a photo or a
document anywhere."""

from __future__ import annotations

import io
import logging
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import samples
from repatriate import cli
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database

NAME = "Qwyxzorbel Canaryfinch"
VILLAGE = "Vyllqapurgaon"
UNHCR = "UNHCR-ZQ-918273"
SECRETS = (NAME, VILLAGE, UNHCR)
REF = "KOL/77"
PHOTO = samples.png(64, 48, "teal")
DOCUMENT = samples.pdf(pages=1)


def secrets_in(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


def secrets_in_bytes(content: bytes) -> list[str]:
    found = [s for s in SECRETS if s.encode() in content or s.encode("utf-16-le") in content]
    if PHOTO in content:
        found.append("the photo")
    if DOCUMENT in content:
        found.append("the document")
    return found


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The database's folder, a folder for the outputs asked for, and the temporary folder the
    program is given (TMPDIR, and the working folder too): all watched."""
    places = {name: tmp_path / name for name in ("data", "asked", "temp", "work", "home")}
    for place in places.values():
        place.mkdir()
    monkeypatch.setenv("TMPDIR", str(places["temp"]))
    monkeypatch.setenv("HOME", str(places["home"]))
    monkeypatch.setattr(tempfile, "tempdir", str(places["temp"]))
    monkeypatch.chdir(places["work"])
    return places


@pytest.fixture
def canary_db(folders: dict[str, Path]) -> Path:
    path = folders["data"] / "clinic.sqlite3"
    db = Database.open(str(path), create=True)
    try:
        db.cases.add(
            PrisonerFile(
                ref=REF,
                name=NAME,
                claimed_nationality="BD",
                home_address=f"{VILLAGE}, Jessore district",
                unhcr_registration=UNHCR,
                at_risk_if_returned=False,
                prison="Dum Dum Central Correctional Home",
                conviction_date=date(2024, 1, 10),
                sentence=Sentence(years=1),
                status=Status.SENTENCE_COMPLETED,
            ),
            today=date(2026, 11, 23),
        )
        db.cases.add_photo(REF, PHOTO, taken_on=date(2025, 5, 1), source="prison")
        db.cases.add_document(REF, DOCUMENT, kind="court order", filename="order.pdf")
        for desk in (None, "BDDHC-KOL"):
            db.factsheets.override_risk(REF, "He asked to go home; UNHCR informed", to=desk)
    finally:
        db.close()
    return path


def repatriate(db_path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--db", str(db_path), *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def left_behind(folders: dict[str, Path], asked: set[Path]) -> dict[str, list[str]]:
    """Every file not asked for that holds a secret, the database and its backups aside
    (they legitimately hold the data, encrypted where the clinic encrypts)."""
    found: dict[str, list[str]] = {}
    for folder in folders.values():
        for path in folder.rglob("*"):
            if not path.is_file() or path in asked:
                continue
            name = path.name
            if ".sqlite3" in name or name.endswith(".bak") or "backups" in path.parts[-2]:
                continue
            secrets = secrets_in_bytes(path.read_bytes())
            if secrets:
                found[str(path.relative_to(folder.parent))] = secrets
    return found


def test_the_secrets_go_only_where_they_were_sent(
    folders: dict[str, Path], canary_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    asked = folders["asked"]
    second = folders["data"] / "second.sqlite3"
    calendar = asked / "week.ics"
    commands: list[tuple[Path, list[str], bool]] = [
        # (database, arguments, may standard output show the secrets)
        (canary_db, ["show", REF, "--as-of", "2026-11-23"], True),
        (canary_db, ["overstays", "--as-of", "2026-11-23"], True),
        (canary_db, ["overstays", "--as-of", "2026-11-23", "--format", "csv"], True),
        (canary_db, ["overstays", "--as-of", "2026-11-23", "--format", "json"], True),
        (canary_db, ["where", REF, "--as-of", "2026-11-23"], True),
        (canary_db, ["move", REF, "--to", "BDDHC-KOL", "--date", "2026-11-02"], False),
        (canary_db, ["log", REF, "--kind", "call", "--date", "2026-11-20"], False),
        (canary_db, ["desks", "--stats", "--as-of", "2026-11-23"], False),
        (canary_db, ["followups", "--as-of", "2026-11-23"], True),
        (canary_db, ["followups", "--as-of", "2026-11-23", "--format", "csv"], True),
        (canary_db, ["followups", "--as-of", "2026-11-23", "--format", "json"], True),
        (canary_db, ["followups", "--as-of", "2026-11-23", "--ics", str(calendar)], True),
        (
            canary_db,
            ["factsheet", REF, "-o", str(asked / "one.pdf"), "--as-of", "2026-11-23"],
            False,
        ),
        (
            canary_db,
            [
                "factsheet",
                "--embassy",
                "BD",
                "-o",
                str(asked / "batch.pdf"),
                "--as-of",
                "2026-11-23",
            ],
            False,
        ),
        (canary_db, ["export", str(asked / "all.csv")], False),
        (canary_db, ["export", "--bundle", str(asked / "all.repatriate")], False),
        (second, ["init"], False),
        (second, ["import", str(asked / "all.csv")], False),
        (canary_db, ["backup"], False),
        (canary_db, ["backups"], False),
        (canary_db, ["check"], False),
        (canary_db, ["audit"], False),
        (canary_db, ["audit", "--format", "csv"], False),
        (canary_db, ["audit", "--format", "json", "--ref", REF], False),
        (canary_db, ["audit", "--verify"], False),
        (canary_db, ["settings"], False),
    ]
    for database, args, shows in commands:
        code, out, err = repatriate(database, *args)
        assert code == 0, (args, err)
        assert secrets_in(err) == [], args
        if not shows:
            assert secrets_in(out) == [], args
    produced = {p.name for p in asked.iterdir()}
    assert produced == {"week.ics", "one.pdf", "batch.pdf", "all.csv", "all.repatriate"}
    # The calendar leaves names out unless --ics-names is given: phones sync it to the cloud.
    assert secrets_in_bytes(calendar.read_bytes()) == []
    assert set(secrets_in((asked / "all.csv").read_text(encoding="utf-8"))) == set(SECRETS)

    code, _, err = repatriate(canary_db, "delete", REF)
    assert (code, secrets_in(err)) == (0, [])

    assert left_behind(folders, set(asked.iterdir())) == {}
    for database in (canary_db, second):
        with sqlite3.connect(database) as connection:
            entries = connection.execute("SELECT * FROM audit_entry").fetchall()
        assert entries and secrets_in(repr(entries)) == []
    logged = [record.getMessage() for record in caplog.records]
    assert secrets_in("\n".join(logged)) == []


def test_the_window_writes_no_copy_of_a_photo_or_a_document(
    qtbot: QtBot, folders: dict[str, Path], canary_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from repatriate.ui.main_window import MainWindow

    caplog.set_level(logging.DEBUG)
    db = Database.open(str(canary_db))
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.files.loaded, timeout=20_000):
            window.show()
        window.open_file(REF)
        qtbot.waitUntil(lambda: window.editor.isVisible(), timeout=20_000)
        qtbot.wait(200)
        window.close()
    finally:
        db.close()
    assert left_behind(folders, set()) == {}
    assert secrets_in("\n".join(record.getMessage() for record in caplog.records)) == []
