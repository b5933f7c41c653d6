"""The commands on a PostgreSQL server: making its schema, connection errors in one line, and
what only a SQLite file can do, refused plainly."""

from __future__ import annotations

import pytest

from command_line import repatriate
from postgres_server import PASSWORD, Server


def test_init_makes_the_schema_in_an_empty_database_and_only_init_does(postgres: Server) -> None:
    url = postgres.url(postgres.empty_database())

    refused = repatriate("--db", url, "overstays")
    assert refused.returncode == 1
    assert "an empty database, without Repatriate's tables; `init` creates them" in refused.stderr

    made = repatriate("--db", url, "init")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("database ready: postgresql+psycopg://repatriate:***@/clinic_")
    assert made.stdout.endswith("(0 files)\n")
    assert PASSWORD not in made.stdout

    listed = repatriate("--db", url, "overstays", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"


def test_a_plain_postgresql_url_uses_the_installed_driver(postgres: Server) -> None:
    url = postgres.url(postgres.database()).replace("postgresql+psycopg://", "postgresql://")
    made = repatriate("--db", url, "init")
    assert made.returncode == 0, made.stderr
    assert "postgresql+psycopg://" in made.stdout


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda url: url.replace("/clinic_", "/no_such_clinic_"), 'database "no_such_clinic_'),
        (lambda url: url.replace(PASSWORD, "wrong-secret"), "password authentication failed"),
        (lambda url: url.split("?")[0] + "?host=127.0.0.1&port=9", 'server at "127.0.0.1", port 9'),
    ],
    ids=["no-such-database", "wrong-password", "no-server"],
)
def test_a_connection_error_is_one_line_without_the_password(
    postgres: Server, change: object, named: str
) -> None:
    url = change(postgres.url(postgres.database()))  # type: ignore[operator]
    failed = repatriate("--db", url, "overstays")
    assert failed.returncode == 1
    assert failed.stdout == ""
    (line,) = failed.stderr.splitlines()
    assert line.startswith("repatriate: error: postgresql+psycopg://repatriate:***@")
    assert named in line
    assert PASSWORD not in line and "wrong-secret" not in line
    assert "Traceback" not in failed.stderr


@pytest.mark.parametrize(
    "command",
    [["backup"], ["backups"], ["check"], ["restore", "old.sqlite3"], ["encrypt"]],
    ids=lambda c: c[0],
)
def test_what_only_a_sqlite_file_has_is_refused_plainly(
    postgres: Server, command: list[str]
) -> None:
    url = postgres.url(postgres.database())
    refused = repatriate("--db", url, *command)
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert "not on PostgreSQL: " in line
    assert ("use pg_dump" in line) or ("TLS" in line and command == ["encrypt"])
    assert PASSWORD not in line
