"""Shared test set-up: Qt runs headless; every test gets its own database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A developer's own database must never be touched by the tests.
os.environ.pop("REPATRIATE_DB", None)

from repatriate.services.database import Database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(str(db_path))
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
