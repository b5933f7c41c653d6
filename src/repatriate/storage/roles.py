"""Users and roles on a clinic's PostgreSQL server, enforced by the server itself.

Each person signs in as their own database role, a member of one of three group roles:

- `repatriate_caseworker`: the files they created or were assigned, and everything hanging
  from them; the desk directory and the settings they may only read;
- `repatriate_supervisor`: every file, assignments, settings and desks;
- `repatriate_readonly`: reads everything (reports), writes nothing of a file.

GRANTs say which tables a role may read or change; row-level security on `prisoner_file` and
on every table in `FILE_TABLES` says which rows, so plain SQL as a caseworker sees no more than
the window does. Everyone may add to the audit log (views and prints are recorded too) but no
one may change or remove an entry. The database's owner (who ran `init` and `users setup`)
keeps full access, as PostgreSQL exempts a table's owner from its row policies.

`setup` is idempotent: it is run again after an upgrade that adds a table, and then covers it.
Nothing here applies to a SQLite file, which has a single user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError

CASEWORKER = "repatriate_caseworker"
SUPERVISOR = "repatriate_supervisor"
READ_ONLY = "repatriate_readonly"

ROLES = {"caseworker": CASEWORKER, "supervisor": SUPERVISOR, "read-only": READ_ONLY}
"""The role a person is given, as the commands name it, and its group role on the server."""

ASSIGNMENT = "file_assignment"
"""Which caseworkers may work on which files: the one who created a file, and those assigned."""

FILE_TABLES = {
    "family_contact": "file_id",
    "photo": "file_id",
    "document": "file_id",
    "movement": "file_id",
    "hold": "file_id",
    "activity": "file_id",
    "follow_up": "file_id",
    "factsheet_override": "file_id",
    "file_standing": "file_id",
    "court_order": "file_id",
    "rti_application": "file_id",
    "travel_document": "file_id",
    "hand_over": "file_id",
}
"""Every table whose rows belong to one file, with the column that names it: a caseworker
sees and changes its rows only for the files they may work on. A new such table is added
here (a test lists the tables with a `file_id` column that are missing)."""

UNRESTRICTED_TABLES = {"desk", "desk_officer", "setting", "audit_entry", "alembic_version"}
"""Tables that belong to no file: every role reads them; see `_grants` for who writes."""

INTERNAL_SETTINGS = ("audit.head", "standings.stamp", "release.rule", "duplicates.different_people")
"""Settings every role writes as a side effect (the audit log's head, the stamps of derived
data), unlike the clinic's settings, which only supervisors change."""

DERIVED_TABLES = ("file_standing",)
"""Derived from the files and written whenever they are read on a new day, by any role."""

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str
    """caseworker, supervisor or read-only."""
    can_log_in: bool


def check_name(name: str) -> str:
    """A user's name as a PostgreSQL role: lower-case letters, digits and `_`, not starting
    with a digit, at most 63 characters (PostgreSQL's NAMEDATALEN), and not one of ours."""
    if not _NAME.fullmatch(name) or name.startswith(("pg_", "repatriate_")):
        raise InvalidInput(
            [
                FieldError(
                    "name",
                    name,
                    "use lower-case letters, digits and _ (at most 63, not starting with a "
                    "digit, pg_ or repatriate_)",
                )
            ]
        )
    return name


def setup(connection: Connection) -> None:
    """Create the group roles, the assignment table, the grants and the row policies, or bring
    them up to date; in the caller's transaction."""
    for role in ROLES.values():
        connection.execute(
            text(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
            )
        )
    for statement in _assignment():
        connection.execute(text(statement))
    for statement in _grants(_tables(connection)):
        connection.execute(text(statement))
    for statement in _policies():
        connection.execute(text(statement))


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    )


def _assignment() -> list[str]:
    # The owner's row is written by a trigger before the file's row; the foreign key is
    # checked at commit, once the file's row is there too. The trigger runs as the table's
    # owner, since caseworkers may not add assignments themselves.
    return [
        f"""CREATE TABLE IF NOT EXISTS {ASSIGNMENT} (
            file_id integer NOT NULL REFERENCES prisoner_file (id) ON DELETE CASCADE
                DEFERRABLE INITIALLY DEFERRED,
            username name NOT NULL,
            PRIMARY KEY (file_id, username))""",
        f"CREATE INDEX IF NOT EXISTS ix_{ASSIGNMENT}_username ON {ASSIGNMENT} (username)",
        f"""CREATE OR REPLACE FUNCTION repatriate_own_new_file() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            BEGIN
                IF pg_has_role(session_user, '{CASEWORKER}', 'MEMBER') THEN
                    INSERT INTO {ASSIGNMENT} (file_id, username)
                    VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
                END IF;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS repatriate_own_new_file ON prisoner_file",
        """CREATE TRIGGER repatriate_own_new_file BEFORE INSERT ON prisoner_file
            FOR EACH ROW EXECUTE FUNCTION repatriate_own_new_file()""",
    ]


def _grants(tables: list[str]) -> list[str]:
    everyone = f"{CASEWORKER}, {SUPERVISOR}, {READ_ONLY}"
    file_tables = [t for t in ["prisoner_file", *FILE_TABLES] if t in tables]
    others = [t for t in tables if t not in file_tables and t != ASSIGNMENT]
    writable = ", ".join(file_tables)
    statements = [
        f"REVOKE ALL ON {', '.join(tables)} FROM {everyone}",
        f"GRANT SELECT ON {', '.join(tables)} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {writable} TO {CASEWORKER}, {SUPERVISOR}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(DERIVED_TABLES)} TO {READ_ONLY}",
        f"GRANT INSERT ON audit_entry TO {everyone}",
        f"GRANT INSERT, UPDATE ON setting TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
        f"GRANT INSERT, DELETE ON {ASSIGNMENT} TO {SUPERVISOR}",
    ]
    supervised = [t for t in others if t not in ("audit_entry", "alembic_version")]
    if supervised:
        statements.append(
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(supervised)} TO {SUPERVISOR}"
        )
    return statements


def _may_work_on(column: str) -> str:
    return (
        f"EXISTS (SELECT FROM {ASSIGNMENT} a WHERE a.file_id = {column} "
        "AND a.username = current_user)"
    )


def _policy(table: str, name: str, role: str, command: str, using: str, check: str) -> list[str]:
    clauses = f" USING ({using})" if command != "INSERT" else ""
    if command in ("ALL", "INSERT", "UPDATE"):
        clauses += f" WITH CHECK ({check})"
    return [
        f"DROP POLICY IF EXISTS {name} ON {table}",
        f"CREATE POLICY {name} ON {table} FOR {command} TO {role}{clauses}",
    ]


def _policies() -> list[str]:
    statements: list[str] = []
    for table, column in {"prisoner_file": "id", **FILE_TABLES}.items():
        mine = _may_work_on(f"{table}.{column}")
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            *_policy(table, "repatriate_caseworker", CASEWORKER, "ALL", mine, mine),
            *_policy(table, "repatriate_supervisor", SUPERVISOR, "ALL", "true", "true"),
            *_policy(table, "repatriate_readonly", READ_ONLY, "SELECT", "true", "true"),
        ]
    # Any caseworker may open a new file: the trigger makes them its owner as it is inserted.
    statements += _policy("prisoner_file", "repatriate_new_file", CASEWORKER, "INSERT", "", "true")
    for table in DERIVED_TABLES:
        statements += _policy(table, "repatriate_derived", READ_ONLY, "ALL", "true", "true")
    internal = f"key IN ({', '.join(repr(k) for k in INTERNAL_SETTINGS)})"
    everyone = f"{CASEWORKER}, {SUPERVISOR}, {READ_ONLY}"
    statements += [
        "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
        *_policy("setting", "repatriate_read", everyone, "SELECT", "true", "true"),
        *_policy("setting", "repatriate_supervisor", SUPERVISOR, "ALL", "true", "true"),
        *_policy("setting", "repatriate_internal_add", everyone, "INSERT", "", internal),
        *_policy("setting", "repatriate_internal", everyone, "UPDATE", internal, internal),
        f"ALTER TABLE {ASSIGNMENT} ENABLE ROW LEVEL SECURITY",
        *_policy(ASSIGNMENT, "repatriate_own", CASEWORKER, "SELECT", "username = current_user", ""),
        *_policy(ASSIGNMENT, "repatriate_supervisor", SUPERVISOR, "ALL", "true", "true"),
        *_policy(ASSIGNMENT, "repatriate_readonly", READ_ONLY, "SELECT", "true", ""),
    ]
    return statements


def add_user(connection: Connection, name: str, role: str, password: str) -> None:
    """A new login role `name` in the group of `role` (a key of `ROLES`)."""
    check_name(name)
    if role not in ROLES:
        raise InvalidInput([FieldError("role", role, f"choose from {', '.join(ROLES)}")])
    if not password:
        raise InvalidInput([FieldError("password", "", "required")])
    if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
        raise RepatriateError(f"name: {name}: a database user of that name already exists")
    quoted = connection.scalar(text("SELECT quote_literal(:p)"), {"p": password})
    connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD {quoted} IN ROLE {ROLES[role]}"))


def users(connection: Connection) -> list[User]:
    """The members of the three groups, by name."""
    rows = connection.execute(
        text(
            """SELECT m.rolname, g.rolname, m.rolcanlogin
               FROM pg_auth_members am
               JOIN pg_roles g ON g.oid = am.roleid
               JOIN pg_roles m ON m.oid = am.member
               WHERE g.rolname IN (:c, :s, :r)
               ORDER BY m.rolname, g.rolname"""
        ),
        {"c": CASEWORKER, "s": SUPERVISOR, "r": READ_ONLY},
    )
    role_of = {group: role for role, group in ROLES.items()}
    return [User(name, role_of[group], bool(login)) for name, group, login in rows]


def is_set_up(connection: Connection) -> bool:
    return bool(connection.scalar(text(f"SELECT to_regclass('{ASSIGNMENT}') IS NOT NULL")))


def assign(connection: Connection, file_id: int, name: str) -> bool:
    """Let the caseworker `name` work on the file; False if they already could."""
    inserted = connection.execute(
        text(
            f"INSERT INTO {ASSIGNMENT} (file_id, username) VALUES (:f, :n) ON CONFLICT DO NOTHING"
        ),
        {"f": file_id, "n": name},
    )
    return inserted.rowcount == 1


def assignees(connection: Connection, file_id: int) -> list[str]:
    return list(
        connection.scalars(
            text(f"SELECT username FROM {ASSIGNMENT} WHERE file_id = :f ORDER BY username"),
            {"f": file_id},
        )
    )
