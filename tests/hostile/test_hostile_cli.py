"""The commands under hostile values: exit 0, 1 or 2, one line per error, never a traceback,
and a name from the database never in an error or a file left behind."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repatriate import cli
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database

CANARY = "Zqxwvutsrq Canarybird"


def repatriate(db_path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        parsed = cli.parse(["--db", str(db_path), *args])
    except SystemExit as stop:
        return int(stop.code or 0), "", ""
    code = cli.run(parsed, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ["overstays", "--as-of", "0001-01-01"],
        ["overstays", "--min-days", "740000"],
        ["followups", "--week", "9999-W52"],
        ["desks", "--stats", "--nationality", "QQ"],
        ["demo", "--cases", "99999999"],
    ],
)
def test_out_of_range_values_are_refused_before_anything_runs(
    db_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.parse(["--db", str(db_path), *args])
    assert stop.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and args[-1] in lines[0]


def test_an_unexpected_failure_is_one_line_and_a_traceback_only_with_debug(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(str(db_path)).close()

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(cli.COMMANDS, "backups", broken)
    code, _, err = repatriate(db_path, "backups")
    assert code == 1
    assert err.splitlines() == [
        "repatriate: error: unexpected failure (ZeroDivisionError: division by zero); "
        "nothing more was done (--debug shows where)"
    ]
    code, _, err = repatriate(db_path, "--debug", "backups")
    assert code == 1 and "Traceback" in err


def test_control_characters_stored_before_never_reach_the_terminal(db_path: Path) -> None:
    db = Database.open(str(db_path))
    db.cases.add(
        PrisonerFile(
            ref="A",
            name="Abdul Karim",
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    with db.store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE prisoner_file SET name = 'Abdul\x1b[2JKarim\x07'")
    db.close()
    code, out, _ = repatriate(db_path, "overstays", "--as-of", "2026-11-22")
    assert code == 0
    assert "AbdulKarim" in out.replace("[2J", "") and "\x1b" not in out and "\x07" not in out


VALUES = st.one_of(
    st.sampled_from(
        [
            "0001-01-01",
            "9999-12-31",
            "2026-W53",
            "9999-W52",
            "-1",
            "740000",
            "99999999999999999999",
            "XX",
            "QQ",
            "",
            "-",
            ".",
            "a\nrow 3: ref: forged",
            "\x1b[31m\x00\x07",
            "x" * 5000,
            CANARY,
        ]
    ),
    st.text(max_size=30),
)
COMMANDS = {
    "overstays": ["--as-of", "--min-days", "--format"],
    "show": ["--as-of"],
    "where": ["--as-of"],
    "desks": ["--stats", "--as-of", "--nationality", "--since", "--until", "--format"],
    "followups": ["--week", "--as-of", "--format", "--ics"],
    "log": ["--kind", "--date", "--desk", "--outcome", "--next", "--lever"],
    "move": ["--to", "--date", "--kind", "--note", "--letter", "--via"],
    "settings": [],
    "factsheet": ["--embassy", "--as-of", "--request", "--to"],
}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_commands_with_hostile_values_end_in_an_exit_code(
    tmp_path: Path, data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A relative --ics path is written in the working folder: keep it in the test's own.
    monkeypatch.chdir(tmp_path)
    db_path = tmp_path / "fuzz.sqlite3"
    if not db_path.exists():
        db = Database.open(str(db_path), create=True)
        db.cases.add(PrisonerFile(ref="A", name=CANARY))
        db.close()
    command = data.draw(st.sampled_from(sorted(COMMANDS)))
    argv = [command]
    if command in ("show", "where", "log", "move", "settings"):
        argv.append(data.draw(VALUES))
    for option in data.draw(st.lists(st.sampled_from(COMMANDS[command] or ["--debug"]))):
        argv.append(option)
        if option not in ("--stats", "--debug"):
            argv.append(data.draw(VALUES))
    if command == "factsheet":
        argv += ["-o", str(tmp_path / "out.pdf")]
    code, _, err = repatriate(db_path, *argv)
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    # A name from the database never reaches an error the person did not type it into.
    if not any(CANARY in arg for arg in argv):
        assert CANARY not in err
    for line in err.splitlines():
        assert len(line) < 1000
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".repatriate-")]
    assert left == []
