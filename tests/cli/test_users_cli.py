"""Users and roles on a PostgreSQL server: the server itself keeps each caseworker to their
own and assigned files, even for plain SQL; read-only users change nothing; on a SQLite file
the commands say in one line that it has a single user."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL

from command_line import repatriate
from postgres_server import PORT, Server
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.storage import roles
from repatriate.storage.tables import Base

_people = itertools.count(1)
SECRET = "open-sesame-7"


class Clinic:
    """A database on the test server with its users set up; roles are the whole server's, so
    each test's people get names of their own."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.name = server.database()
        self.url = server.url(self.name)

    def person(self, role: str, monkeypatch: pytest.MonkeyPatch) -> str:
        name = f"{role.replace('-', '_')}_{next(_people)}"
        monkeypatch.setenv("REPATRIATE_NEW_PASSWORD", SECRET)
        added = repatriate("--db", self.url, "users", "add", name, "--role", role)
        assert added.returncode == 0, added.stderr
        assert added.stdout == f"added {name} ({role}); they sign in as {name}\n"
        return name

    def url_of(self, user: str) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=SECRET,
            database=self.name,
            query={"host": str(self.server.folder), "port": str(PORT)},
        ).render_as_string(hide_password=False)

    def sql(self, user: str) -> psycopg.Connection:
        return psycopg.connect(
            dbname=self.name,
            user=user,
            password=SECRET,
            host=str(self.server.folder),
            port=PORT,
            autocommit=True,
        )

    def add_file(self, url: str, ref: str) -> None:
        db = Database.open(url)
        try:
            db.cases.add(PrisonerFile(ref=ref, name="Salma Begum"), today=date(2026, 11, 22))
        finally:
            db.close()


@pytest.fixture
def clinic(postgres: Server) -> Iterator[Clinic]:
    made = Clinic(postgres)
    set_up = repatriate("--db", made.url, "users", "setup")
    assert set_up.returncode == 0, set_up.stderr
    yield made
    postgres.drop(made.name)


def refs_seen(connection: psycopg.Connection) -> set[str]:
    return {ref for (ref,) in connection.execute("SELECT ref FROM prisoner_file")}


def test_a_caseworker_sees_only_own_and_assigned_files_even_in_plain_sql(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina = clinic.person("caseworker", monkeypatch)
    bikash = clinic.person("caseworker", monkeypatch)
    clinic.add_file(clinic.url, "KOL/1")
    clinic.add_file(clinic.url_of(bikash), "KOL/2")

    with clinic.sql(amina) as connection:
        assert refs_seen(connection) == set()
        assert connection.execute("SELECT count(*) FROM file_standing").fetchone() == (0,)
        changed = connection.execute("UPDATE prisoner_file SET name = 'X'").rowcount
        assert changed == 0
    shown = repatriate("--db", clinic.url_of(amina), "show", "KOL/1")
    assert shown.returncode == 1 and "KOL/1" in shown.stderr and "no such file" in shown.stderr

    assigned = repatriate("--db", clinic.url, "assign", "KOL/1", "--to", amina)
    assert (assigned.returncode, assigned.stdout) == (0, f"assigned KOL/1 to {amina}\n")
    again = repatriate("--db", clinic.url, "assign", "KOL/1", "--to", amina)
    assert again.stdout == f"{amina} could already work on KOL/1\n"

    with clinic.sql(amina) as connection:
        assert refs_seen(connection) == {"KOL/1"}
    with clinic.sql(bikash) as connection:
        assert refs_seen(connection) == {"KOL/2"}
    shown = repatriate("--db", clinic.url_of(amina), "show", "KOL/1")
    assert shown.returncode == 0, shown.stderr


def test_a_caseworker_cannot_assign_files_to_themselves(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina = clinic.person("caseworker", monkeypatch)
    clinic.add_file(clinic.url, "KOL/1")
    refused = repatriate("--db", clinic.url_of(amina), "assign", "KOL/1", "--to", amina)
    assert refused.returncode == 1
    with clinic.sql(amina) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO file_assignment (file_id, username) "
            "SELECT id, current_user FROM prisoner_file"
        )
    with clinic.sql(amina) as connection:
        assert refs_seen(connection) == set()


def test_read_only_reads_everything_and_writes_nothing(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = clinic.person("read-only", monkeypatch)
    clinic.add_file(clinic.url, "KOL/1")
    with clinic.sql(reader) as connection:
        assert refs_seen(connection) == {"KOL/1"}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE prisoner_file SET name = 'X'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM audit_entry")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE desk SET name = 'X'")
    refused = repatriate("--db", clinic.url_of(reader), "log", "KOL/1", "--kind", "call")
    assert refused.returncode == 1
    assert refused.stderr.endswith("permission denied for table activity\n")
    listed = repatriate("--db", clinic.url_of(reader), "overstays", "--format", "json")
    assert listed.returncode == 0, listed.stderr


def test_a_supervisor_sees_and_changes_every_file(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina = clinic.person("caseworker", monkeypatch)
    chief = clinic.person("supervisor", monkeypatch)
    clinic.add_file(clinic.url_of(amina), "KOL/1")
    clinic.add_file(clinic.url, "KOL/2")
    with clinic.sql(chief) as connection:
        assert refs_seen(connection) == {"KOL/1", "KOL/2"}
        assert connection.execute("UPDATE prisoner_file SET notes = 'seen'").rowcount == 2
    assigned = repatriate("--db", clinic.url_of(chief), "assign", "KOL/2", "--to", amina)
    assert assigned.returncode == 0, assigned.stderr

    listed = repatriate("--db", clinic.url, "users", "list")
    assert f"{amina}  caseworker" in listed.stdout.replace("   ", "  ")
    assert chief in listed.stdout


def test_the_audit_log_names_the_database_user_and_still_verifies(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina = clinic.person("caseworker", monkeypatch)
    clinic.add_file(clinic.url_of(amina), "KOL/1")
    db = Database.open(clinic.url)
    try:
        entries = db.audit.entries(ref="KOL/1")
        assert [(e.action, e.app_user) for e in entries] == [("add", amina)]
        assert db.audit.verify().broken is None
    finally:
        db.close()
    with clinic.sql(amina) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE audit_entry SET app_user = 'someone else'")


def test_a_bad_user_name_or_role_is_one_line(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPATRIATE_NEW_PASSWORD", SECRET)
    bad = repatriate("--db", clinic.url, "users", "add", "Robert'); DROP", "--role", "caseworker")
    assert bad.returncode == 2
    assert bad.stderr.startswith("name: Robert'); DROP: use lower-case letters")
    unknown = repatriate("--db", clinic.url, "assign", "KOL/1", "--to", "nobody_here")
    assert (
        unknown.stderr
        == "repatriate: error: --to: nobody_here: no such user (see `repatriate users list`)\n"
    )


@pytest.mark.parametrize(
    "argv",
    [["users", "list"], ["users", "setup"], ["assign", "KOL/1", "--to", "amina"]],
)
def test_a_sqlite_file_has_a_single_user(db_path: Path, argv: list[str]) -> None:
    Database.open(str(db_path)).close()
    refused = repatriate("--db", db_path, *argv)
    assert refused.returncode == 1
    assert refused.stderr == (
        "repatriate: error: users: a SQLite file has a single user; users and roles need the "
        "clinic's PostgreSQL server (--db postgresql://...)\n"
    )


def test_every_table_of_a_file_is_kept_to_its_caseworkers() -> None:
    with_file_id = {
        table.name for table in Base.metadata.sorted_tables if "file_id" in table.columns
    }
    missing = with_file_id - set(roles.FILE_TABLES)
    assert not missing, f"add to storage.roles.FILE_TABLES: {', '.join(sorted(missing))}"
    unknown = set(Base.metadata.tables) - {"prisoner_file", *roles.FILE_TABLES}
    assert unknown == roles.UNRESTRICTED_TABLES - {"alembic_version"}
