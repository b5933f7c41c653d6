"""Moving a clinic's data to a new computer: a bundle holds every table, attachments included.

A bundle is a zip: `manifest.json` (format, versions, rows per table, the SHA-256 of every
other member), `tables/<table>.json` (the rows as JSON), and `attachments/<sha256>` (each photo
and document once, by the SHA-256 of its bytes). An import checks all of it before writing
anything, then writes in one transaction: all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, Table
from sqlalchemy.orm import Session

from repatriate import __version__
from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import Conflict, FieldError, InvalidInput, RepatriateError
from repatriate.services import audit
from repatriate.services.backup import Backup, BackupService
from repatriate.services.cases import MAX_ATTACHMENT
from repatriate.services.output_files import replacing
from repatriate.storage import dump
from repatriate.storage.files import FileRepository
from repatriate.storage.schema import SCHEMA_REVISION
from repatriate.storage.settings import RELEASE_RULE_STAMP, SettingRepository
from repatriate.storage.store import Store

FORMAT = "repatriate-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TABLES = "tables/"
ATTACHMENTS = "attachments/"

TABLE_LIMIT = 512 * 1024 * 1024
"""The most a table's JSON may unpack to: a clinic of 100,000 files needs a third of it."""
TOTAL_LIMIT = 16 * 1024**3
"""The most a whole bundle may unpack to. A zip states each member's size; one stating more than
these limits (a "zip bomb" unpacks to far more than its own size) is refused unread."""
MEMBER_COUNT_LIMIT = 1_000_000
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BundleExport:
    path: Path
    counts: dict[str, int]
    attachments: int


@dataclass(frozen=True, slots=True)
class BundleImport:
    into_empty: bool
    """The database held no files: the bundle's desks and settings replaced its own."""
    counts: dict[str, int]
    """Rows written per table."""
    renamed: str | None = None
    """The prefix put before every incoming ref, if one was given."""
    desks_kept: tuple[str, ...] = ()
    """Codes of desks already here whose content differs from the bundle's: this database's
    version was kept."""
    desks_added: tuple[str, ...] = ()
    settings_kept: bool = False
    """The bundle's settings were left out: the database already had files."""
    backup: Backup | None = None

    @property
    def files(self) -> int:
        return self.counts.get(dump.FILES, 0)


@dataclass
class _Bundle:
    """A bundle read and checked: every table's rows, decoded; attachments stay in the zip."""

    archive: zipfile.ZipFile
    path: Path
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def content(self, sha256: str) -> bytes:
        """An attachment's bytes, checked again as they are read for writing."""
        data = self.archive.read(ATTACHMENTS + sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RepatriateError(f"{self.path}: {ATTACHMENTS}{sha256}: changed while importing")
        return data


class BundleService:
    def __init__(self, store: Store, backups: BackupService) -> None:
        self.store = store
        self.backups = backups

    def export_bundle(self, path: Path) -> BundleExport:
        """Write every table and attachment to `path` (replaced only once complete)."""
        sums: dict[str, str] = {}
        counts: dict[str, int] = {}
        with replacing(path) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:

            def attach(content: bytes) -> str:
                name = dump.digest(content)
                if ATTACHMENTS + name not in sums:
                    # Scans and photos are compressed already; storing them is as small.
                    archive.writestr(ATTACHMENTS + name, content, zipfile.ZIP_STORED)
                    sums[ATTACHMENTS + name] = name
                return name

            with self.store.unit_of_work() as session:
                # Recorded first, so that the bundle's own log says it was exported; rolled
                # back with the rest if the bundle cannot be written.
                audit.record(session, AuditAction.EXPORT, None, "bundle")
                for table in dump.tables():
                    records = [
                        dump.encode(table, row, attach) for row in dump.read_rows(session, table)
                    ]
                    data = json.dumps(records, ensure_ascii=False).encode()
                    member = f"{TABLES}{table.name}.json"
                    archive.writestr(member, data)
                    sums[member] = dump.digest(data)
                    counts[table.name] = len(records)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "schema_revision": SCHEMA_REVISION,
                "made_at": datetime.now().isoformat(timespec="seconds"),
                "counts": counts,
                "members": sums,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        attachments = sum(1 for m in sums if m.startswith(ATTACHMENTS))
        return BundleExport(path, counts, attachments)

    def import_bundle(self, path: Path, *, rename_prefix: str | None = None) -> BundleImport:
        """Restore a bundle: into a database without files, as it was (ids and settings
        included); into one with files, alongside them (refs that collide are refused, or
        renamed with `rename_prefix`; desks matched by code). All or nothing."""
        if rename_prefix is not None and not rename_prefix.strip():
            raise InvalidInput([FieldError("--rename-prefix", rename_prefix, "empty")])
        try:
            archive = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise RepatriateError(f"{path}: no such file") from None
        except (zipfile.BadZipFile, OSError) as exc:
            raise RepatriateError(
                f"{path}: not a bundle, or cut short (not a complete zip file: {exc}); "
                "nothing imported"
            ) from None
        with archive:
            bundle = _read(archive, path)
            with self.store.unit_of_work() as session:
                empty = dump.count(session, _table(dump.FILES)) == 0
                if not empty:
                    _refuse_collisions(session, bundle, rename_prefix)
            backup = None if empty else self.backups.before("import")
            with self.store.unit_of_work() as session:
                if empty != (dump.count(session, _table(dump.FILES)) == 0):
                    # Clearing the desks and settings is safe only while no file refers to them.
                    raise Conflict("files were added to the database meanwhile; import again")
                if empty:
                    report = _restore(session, bundle)
                else:
                    report = _merge(session, bundle, rename_prefix)
                audit.record(session, AuditAction.IMPORT, None, f"bundle, {report.files} files")
        return replace(report, backup=backup)


def _table(name: str) -> Table:
    return next(t for t in dump.tables() if t.name == name)


def _read(archive: zipfile.ZipFile, path: Path) -> _Bundle:
    """Check the manifest, the limits, every checksum and every row; the first problem is
    raised as one line naming it."""

    def refuse(problem: str) -> RepatriateError:
        return RepatriateError(f"{path}: {problem}; nothing imported")

    members = archive.infolist()
    if len(members) > MEMBER_COUNT_LIMIT:
        raise refuse(f"{len(members)} members, more than {MEMBER_COUNT_LIMIT}")
    sizes: dict[str, int] = {}
    for info in members:
        limit = MAX_ATTACHMENT if info.filename.startswith(ATTACHMENTS) else TABLE_LIMIT
        if info.file_size > limit:
            raise refuse(f"{info.filename}: unpacks to {info.file_size} bytes, over {limit}")
        sizes[info.filename] = info.file_size
    if sum(sizes.values()) > TOTAL_LIMIT:
        raise refuse(f"unpacks to {sum(sizes.values())} bytes in all, over {TOTAL_LIMIT}")
    if MANIFEST not in sizes:
        raise refuse(f"no {MANIFEST}: not a Repatriate bundle")
    manifest = _json(archive, MANIFEST, refuse)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refuse(f"{MANIFEST}: not a Repatriate bundle (format is not {FORMAT!r})")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise refuse(
            f"bundle format version {manifest.get('format_version')!r}; this version of "
            f"Repatriate reads version {FORMAT_VERSION}"
        )
    if manifest.get("schema_revision") != SCHEMA_REVISION:
        raise refuse(
            f"made by Repatriate {manifest.get('app_version')} (database schema "
            f"{manifest.get('schema_revision')}); this is {__version__} (schema "
            f"{SCHEMA_REVISION}): install the same version on both computers"
        )
    sums = manifest.get("members")
    counts = manifest.get("counts")
    if not isinstance(sums, dict) or not isinstance(counts, dict):
        raise refuse(f"{MANIFEST}: no list of members and counts")
    if set(counts) != set(dump.BUNDLED):
        missing = sorted(set(dump.BUNDLED) - set(counts)) or sorted(set(counts))
        raise refuse(f"{MANIFEST}: the tables are not this version's (see {missing[0]})")
    for name in sorted(sizes):
        if name != MANIFEST and name not in sums:
            raise refuse(f"{name}: not listed in the manifest")
    for name, expected in sorted(sums.items()):
        if name not in sizes:
            raise refuse(f"{name}: missing")
        if _sha256(archive, name, refuse) != expected:
            raise refuse(f"{name}: checksum does not match; the bundle was changed or damaged")

    attachments = {
        name.removeprefix(ATTACHMENTS): size
        for name, size in sizes.items()
        if name.startswith(ATTACHMENTS)
    }
    bundle = _Bundle(archive, path)
    for table in dump.tables():
        member = f"{TABLES}{table.name}.json"
        if member not in sizes:
            raise refuse(f"{member}: missing")
        records = _json(archive, member, refuse)
        if not isinstance(records, list):
            raise refuse(f"{member}: not a list of rows")
        if len(records) != counts[table.name]:
            raise refuse(f"{member}: {len(records)} rows, the manifest says {counts[table.name]}")
        rows = []
        for number, record in enumerate(records, start=1):
            row, problems = dump.decode(table, record, attachments)
            if problems:
                raise refuse(f"{member} row {number}: {problems[0]}")
            rows.append(row)
        problem = _duplicate(table, rows) or _dangling(table, rows, bundle.rows)
        if problem:
            raise refuse(f"{member} {problem}")
        bundle.rows[table.name] = rows
    return bundle


def _json(archive: zipfile.ZipFile, name: str, refuse: Callable[[str], Exception]) -> Any:
    try:
        return json.loads(archive.read(name))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise refuse(f"{name}: cannot be unpacked ({exc})") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse(f"{name}: not JSON ({exc})") from None


def _sha256(archive: zipfile.ZipFile, name: str, refuse: Callable[[str], Exception]) -> str:
    hasher = hashlib.sha256()
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                hasher.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise refuse(f"{name}: cannot be unpacked ({exc})") from None
    return hasher.hexdigest()


def _duplicate(table: Table, rows: list[dict[str, Any]]) -> str | None:
    """A value given twice in a column that must be unique (ids, refs, desk codes)."""
    for column in table.columns:
        if not (column.unique or column.primary_key):
            continue
        seen: dict[Any, int] = {}
        for number, row in enumerate(rows, start=1):
            value = row[column.name]
            if value in seen:
                return f"row {number}: {column.name}: {value}: same as row {seen[value]}"
            seen[value] = number
    return None


def _dangling(
    table: Table, rows: list[dict[str, Any]], earlier: Mapping[str, list[dict[str, Any]]]
) -> str | None:
    """A reference to a row the bundle does not hold (a movement to a desk left out)."""
    for column, parent in dump.references(table).items():
        key = dump.id_column(_table(parent))
        ids = {row[key] for row in earlier[parent]} if key else set()
        for number, row in enumerate(rows, start=1):
            value = row[column]
            if value is not None and value not in ids:
                return f"row {number}: {column}: {value}: no such row in {parent}"
    return None


def _restore(session: Session, bundle: _Bundle) -> BundleImport:
    """Into a database without files: every row as it was, ids included. The desks it had
    and the bundle lacks are added back after the bundle's."""
    desk, officer = _table(dump.SHARED_BY_CODE), _table("desk_officer")
    incoming = {row["code"] for row in bundle.rows[desk.name]}
    own_desks = [r for r in dump.read_rows(session, desk) if r["code"] not in incoming]
    own_ids = {r["id"] for r in own_desks}
    own_officers = [r for r in dump.read_rows(session, officer) if r["desk_id"] in own_ids]
    for table in reversed(dump.tables()):
        dump.clear(session, table)
    counts = {}
    for table in dump.tables():
        dump.write_rows(session, table, bundle.rows[table.name], bundle.content, keep_ids=True)
        counts[table.name] = len(bundle.rows[table.name])
    new_ids = dump.write_rows(session, desk, own_desks, bundle.content, keep_ids=False)
    moved = dict(zip([r["id"] for r in own_desks], new_ids, strict=True))
    dump.write_rows(
        session,
        officer,
        [{**r, "desk_id": moved[r["desk_id"]]} for r in own_officers],
        bundle.content,
        keep_ids=False,
    )
    return BundleImport(into_empty=True, counts=counts)


def _incoming_refs(bundle: _Bundle, prefix: str | None) -> list[tuple[str, str]]:
    return [(row["ref"], f"{prefix or ''}{row['ref']}") for row in bundle.rows[dump.FILES]]


def _refuse_collisions(session: Session, bundle: _Bundle, prefix: str | None) -> None:
    """Each incoming ref (after the prefix) that a file here already has, one line each."""
    existing = FileRepository(session).refs()
    ref_type = _table(dump.FILES).c.ref.type
    length = ref_type.length if isinstance(ref_type, String) and ref_type.length else 0
    errors = []
    for _, new in _incoming_refs(bundle, prefix):
        if new in existing:
            hint = "" if prefix else "; --rename-prefix P imports the bundle's files as P + ref"
            errors.append(FieldError("ref", new, f"already in this database{hint}"))
        elif len(new) > length:
            errors.append(FieldError("ref", new, f"longer than {length} characters with prefix"))
    if errors:
        raise InvalidInput(errors)


def _merge(session: Session, bundle: _Bundle, prefix: str | None) -> BundleImport:
    """Into a database with files: every file gets a new id; desks are matched by code."""
    _refuse_collisions(session, bundle, prefix)
    ids: dict[str, dict[Any, Any]] = {}
    counts: dict[str, int] = {}
    desks_kept: list[str] = []
    desks_added: list[str] = []
    new_desks: set[int] = set()
    renamed = dict(_incoming_refs(bundle, prefix))
    for table in dump.tables():
        rows = bundle.rows[table.name]
        if table.name in ("setting", "audit_entry"):
            # This clinic's settings stay, and its audit log goes on as its own chain: another
            # clinic's entries cannot be spliced into it without breaking it.
            continue
        if table.name == dump.SHARED_BY_CODE:
            here = {r["code"]: r for r in dump.read_rows(session, table)}
            officers = _officers(dump.read_rows(session, _table("desk_officer")))
            theirs = _officers(bundle.rows["desk_officer"])
            ids[table.name] = {}
            fresh = []
            for row in rows:
                mine = here.get(row["code"])
                if mine is None:
                    fresh.append(row)
                    continue
                ids[table.name][row["id"]] = mine["id"]
                if _without_id(mine) != _without_id(row) or officers.get(
                    mine["id"], []
                ) != theirs.get(row["id"], []):
                    desks_kept.append(row["code"])
            rows = fresh
            new_desks = {row["id"] for row in fresh}
            desks_added = [row["code"] for row in fresh]
        elif table.name == "desk_officer":
            # A desk already here keeps its own officers.
            rows = [row for row in rows if row["desk_id"] in new_desks]
        elif table.name == dump.FILES:
            rows = [{**row, "ref": renamed[row["ref"]]} for row in rows]
        moved = [
            {
                **row,
                **{
                    column: None if row[column] is None else ids[parent][row[column]]
                    for column, parent in dump.references(table).items()
                },
            }
            for row in rows
        ]
        new_ids = dump.write_rows(session, table, moved, bundle.content, keep_ids=False)
        key = dump.id_column(table)
        if key is not None:
            ids.setdefault(table.name, {}).update(
                zip([row[key] for row in rows], new_ids, strict=True)
            )
        counts[table.name] = len(rows)
    # The incoming release dates were worked out under the other clinic's rule: work them
    # out again under this one's (see FileRepository.refresh_release_dates).
    SettingRepository(session).put(RELEASE_RULE_STAMP, None)
    FileRepository(session).refresh_release_dates()
    return BundleImport(
        into_empty=False,
        counts=counts,
        renamed=prefix,
        desks_kept=tuple(desks_kept),
        desks_added=tuple(desks_added),
        settings_kept=True,
    )


def _without_id(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def _officers(rows: Any) -> dict[int, list[dict[str, Any]]]:
    by_desk: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_desk.setdefault(row["desk_id"], []).append(
            {k: v for k, v in row.items() if k not in ("id", "desk_id")}
        )
    return by_desk
