"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder.

It listens only on a unix socket in that folder, runs as an unprivileged user (PostgreSQL
refuses to run as root: as root, it runs as the `postgres` system user), and is stopped and
deleted at the end. Nothing assumes a server is already running.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import URL

USER = "repatriate"
PASSWORD = "clinic-test-secret"
"""The server asks for it (SCRAM), as a real one would: a wrong one must be refused."""
PORT = 5432
"""Only the socket's name: the server listens on no TCP port."""


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian's newest, or the ones on PATH; None if absent."""
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_major)
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _major(initdb: Path) -> int:
    version = initdb.parent.parent.name
    return int(version) if version.isdigit() else 0


def _unprivileged() -> pwd.struct_passwd:
    """The user the server runs as when the tests run as root: Debian's `postgres`, or nobody."""
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        return pwd.getpwnam("nobody")


class Server:
    """A running cluster; `database()` makes a new database from the migrated template."""

    TEMPLATE = "repatriate_template"

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="repatriate-pg-"))
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._owner = _unprivileged()
            os.chown(self.folder, self._owner.pw_uid, self._owner.pw_gid)
        self._numbers = itertools.count(1)
        self._started = False

    def _run(self, command: Sequence[str]) -> None:
        prefix = ["runuser", "-u", self._owner.pw_name, "--"] if self._owner else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=False, cwd=self.folder
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stdout}{result.stderr}")

    def _password_file(self) -> Path:
        path = self.folder / "password"
        path.write_text(PASSWORD + "\n", encoding="utf-8")
        if self._owner:
            os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        return path

    def start(self) -> None:
        data = self.folder / "data"
        self._run(
            [
                str(self.bin_dir / "initdb"),
                "--pgdata",
                str(data),
                "--username",
                USER,
                "--auth",
                "scram-sha-256",
                "--pwfile",
                str(self._password_file()),
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ]
        )
        options = (
            f"-c listen_addresses='' -k {self.folder} -p {PORT} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "--pgdata",
                str(data),
                "--log",
                str(self.folder / "server.log"),
                "--options",
                options,
                "--wait",
                "start",
            ]
        )
        self._started = True

    def url(self, database: str, password: str = PASSWORD) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=USER,
            password=password,
            database=database,
            query={"host": str(self.folder), "port": str(PORT)},
        ).render_as_string(hide_password=False)

    def execute(self, statement: str) -> None:
        """One statement outside any transaction (CREATE and DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(
            dbname="postgres",
            user=USER,
            password=PASSWORD,
            host=str(self.folder),
            port=PORT,
            autocommit=True,
        ) as connection:
            connection.execute(statement)

    def empty_database(self) -> str:
        """A new database without any table; its name."""
        name = f"clinic_{next(self._numbers)}"
        self.execute(f"CREATE DATABASE {name}")
        return name

    def database(self) -> str:
        """A new database copied from the template (migrated, with the desk directory): file by
        file, which for a small template takes half the time of PostgreSQL 15's WAL copy."""
        name = f"clinic_{next(self._numbers)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE} STRATEGY FILE_COPY")
        return name

    def drop(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(RuntimeError):
                self._run(
                    [
                        str(self.bin_dir / "pg_ctl"),
                        "--pgdata",
                        str(self.folder / "data"),
                        "--mode",
                        "immediate",
                        "stop",
                    ]
                )
        shutil.rmtree(self.folder, ignore_errors=True)
