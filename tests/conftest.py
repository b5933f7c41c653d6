"""Shared test set-up: Qt runs headless; every test gets its own database.

The storage, services and command tests that use the `db` fixture run on each engine named by
`--engines` (SQLite and PostgreSQL by default): on PostgreSQL, against a throwaway server
started for the run (see `postgres_server`). A test that asks for `db_path` works on the SQLite
file itself and runs on SQLite only.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A developer's own database must never be touched by the tests.
os.environ.pop("REPATRIATE_DB", None)

from postgres_server import Server, binaries
from repatriate.services.database import Database

ENGINES = ("sqlite", "postgresql")
ON_EVERY_ENGINE = ("storage", "services", "cli")
"""The test folders whose `db` tests run on every engine; the others run on SQLite only."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engines",
        default=",".join(ENGINES),
        help="database engines for the storage, services and command tests "
        "(comma-separated, from: sqlite, postgresql)",
    )


def _engines(config: pytest.Config) -> list[str]:
    chosen = [name.strip() for name in str(config.getoption("engines")).split(",") if name]
    unknown = set(chosen) - set(ENGINES)
    if unknown or not chosen:
        raise pytest.UsageError(f"--engines: {','.join(chosen)}: choose from {', '.join(ENGINES)}")
    return chosen


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    every = (
        folder in ON_EVERY_ENGINE
        and "db_path" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    engines = _engines(metafunc.config) if every else ["sqlite"]
    if not every and "sqlite" not in _engines(metafunc.config):
        engines = []
    metafunc.parametrize("engine", engines)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: with a worker per core, they run while the others share the rest,
    instead of one of them holding up the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def postgres(request: pytest.FixtureRequest) -> Iterator[Server]:
    """The run's PostgreSQL server, with a migrated template database to copy for each test."""
    if "postgresql" not in _engines(request.config):
        pytest.skip("PostgreSQL is left out by --engines")
    bin_dir = binaries()
    if bin_dir is None:
        reason = "PostgreSQL is not installed (initdb not found); scripts/test installs it"
        if os.environ.get("CI") or os.environ.get("REPATRIATE_TESTS_NEED_POSTGRESQL"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = Server(bin_dir)
    try:
        server.start()
        server.execute(f"CREATE DATABASE {Server.TEMPLATE}")
        Database.open(server.url(Server.TEMPLATE)).close()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once for the run, copied for each test as PostgreSQL's
    template database is."""
    path = tmp_path_factory.mktemp("template") / "clinic.sqlite3"
    Database.open(str(path)).close()
    return path


@pytest.fixture(scope="session")
def new_sqlite(sqlite_template: Path) -> Callable[[Path], str]:
    """Makes a new, migrated SQLite database at a path (a copy of the template); returns what
    `Database.open` takes."""

    def make(path: Path) -> str:
        shutil.copyfile(sqlite_template, path)
        return str(path)

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def db_target(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """What `--db` names for this test's database, new and already migrated: a SQLite file, or a
    PostgreSQL URL."""
    if engine == "sqlite":
        yield request.getfixturevalue("new_sqlite")(tmp_path / "clinic.sqlite3")
        return
    server: Server = request.getfixturevalue("postgres")
    name = server.database()
    yield server.url(name)
    server.drop(name)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database.open(db_target)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """Window settings (place, size) go to the test's own folder: a test never sees another's,
    nor the developer's own."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder
