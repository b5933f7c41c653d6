"""The clinic's users on a PostgreSQL server: each signs in as their own database role, and
the server decides what they may see and change (see `storage.roles`)."""

from __future__ import annotations

from repatriate.domain.errors import RepatriateError, no_such_file
from repatriate.storage import roles
from repatriate.storage.files import FileRepository
from repatriate.storage.roles import User
from repatriate.storage.store import Store

SINGLE_USER = (
    "users: a SQLite file has a single user; users and roles need the clinic's PostgreSQL "
    "server (--db postgresql://...)"
)


class UserService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _server(self) -> None:
        if not self.store.is_postgresql:
            raise RepatriateError(SINGLE_USER)

    def setup(self) -> None:
        """Create or bring up to date the roles, grants and row policies on the server."""
        self._server()
        with self.store.unit_of_work() as session:
            roles.setup(session.connection())

    def add(self, name: str, role: str, password: str) -> None:
        """A new user who signs in as `name` with `password`, with the role's rights."""
        self._server()
        with self.store.unit_of_work() as session:
            connection = session.connection()
            if not roles.is_set_up(connection):
                roles.setup(connection)
            roles.add_user(connection, name, role, password)

    def list(self) -> list[User]:
        self._server()
        with self.store.reading() as session:
            return roles.users(session.connection())

    def assign(self, ref: str, name: str) -> bool:
        """Let the caseworker `name` work on the file `ref`; False if they already could."""
        self._server()
        with self.store.unit_of_work() as session:
            connection = session.connection()
            if not roles.is_set_up(connection):
                raise RepatriateError(
                    "assign: users are not set up on this server; run `repatriate users setup`"
                )
            known = {user.name: user for user in roles.users(connection)}
            if name not in known:
                raise RepatriateError(f"--to: {name}: no such user (see `repatriate users list`)")
            if known[name].role != "caseworker":
                raise RepatriateError(
                    f"--to: {name}: a {known[name].role}, not a caseworker; files are assigned "
                    "to caseworkers"
                )
            file_id = FileRepository(session).ids([ref]).get(ref)
            if file_id is None:
                raise no_such_file(ref)
            return roles.assign(connection, file_id, name)
