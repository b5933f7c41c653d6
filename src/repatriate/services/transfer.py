"""Importing and exporting prisoner files as CSV. Imports are all-or-nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services import audit
from repatriate.services.backup import BackupService
from repatriate.services.cases import generated_ref_prefix
from repatriate.services.csv_format import COLUMNS, format_rows, parse_row, undefang
from repatriate.services.output_files import replacing
from repatriate.storage.files import FileRepository
from repatriate.storage.store import Store

Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances; the window shows it on a progress bar."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows: int
    """Data rows read (blank lines not counted)."""
    imported: int
    """Files written: 0 on a dry run."""
    generated_refs: tuple[str, ...]
    dry_run: bool
    files: tuple[PrisonerFile, ...]
    """The files as they were (or on a dry run, would be) written."""


def read_text(path: Path) -> str:
    """A CSV file's text: UTF-8 with or without a byte-order mark."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RepatriateError(f"{path}: no such file") from None
    except OSError as exc:
        raise RepatriateError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RepatriateError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as 'CSV UTF-8'"
        ) from None


@dataclass(frozen=True, slots=True)
class ParsedCsv:
    files: list[PrisonerFile]
    """The good rows' files."""
    errors: list[FieldError]
    """Every bad value in the file, not just the first."""
    refs: dict[str, int]
    """Each ref given in the file and the row it is first given on, bad rows included."""
    rows: list[int]
    """The row each of `files` was read from."""


def parse_csv(text: str, *, dayfirst: bool, today: date) -> ParsedCsv:
    """Every row of a prisoner-file CSV, the header being row 1.

    A header that cannot be read raises InvalidInput at once; bad rows are collected.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise RepatriateError(f"line {reader.line_num}: not valid CSV ({exc})") from None
    if not records:
        raise InvalidInput([FieldError("header", "", "the file is empty", 1)])
    header = [cell.strip() for cell in records[0]]
    errors = _header_errors(header)
    if errors:
        raise InvalidInput(errors)

    files: list[PrisonerFile] = []
    rows: list[int] = []
    first_row: dict[str, int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            errors.append(
                FieldError(
                    "row", f"{len(record)} cells", f"the header has {len(header)} columns", number
                )
            )
            continue
        cells = {
            column: undefang(cell.strip()) for column, cell in zip(header, record, strict=True)
        }
        parsed = parse_row(cells, number, dayfirst=dayfirst, today=today)
        errors.extend(parsed.errors)
        ref = cells.get("ref", "")
        if ref:
            if ref in first_row:
                errors.append(FieldError("ref", ref, f"same ref as row {first_row[ref]}", number))
            else:
                first_row[ref] = number
        if parsed.file is not None:
            files.append(parsed.file)
            rows.append(number)
    if not files and not errors:
        errors.append(FieldError("rows", "", "no prisoner files below the header", 2))
    return ParsedCsv(files, errors, first_row, rows)


UNKNOWN_COLUMNS_LISTED = 10
"""Unknown header columns reported one line each; beyond this many (a file that is not a
prisoner-file CSV at all) they are reported together on one line."""


def _header_errors(header: list[str]) -> list[FieldError]:
    errors = []
    seen: set[str] = set()
    unknown = [column for column in header if column not in COLUMNS]
    expected = f"the columns are: {','.join(COLUMNS)}"
    if len(unknown) > UNKNOWN_COLUMNS_LISTED:
        reason = f"{len(unknown)} unknown columns: not a prisoner-file CSV? ({expected})"
        errors.append(FieldError("header", ",".join(unknown), reason, 1))
    for column in header:
        if column not in COLUMNS:
            if len(unknown) <= UNKNOWN_COLUMNS_LISTED:
                errors.append(FieldError("header", column, f"unknown column ({expected})", 1))
        elif column in seen:
            errors.append(FieldError("header", column, "column given twice", 1))
        seen.add(column)
    if "name" not in seen:
        errors.append(FieldError("header", "name", "required column missing", 1))
    return errors


class TransferService:
    def __init__(self, store: Store, backups: BackupService) -> None:
        self.store = store
        self.backups = backups

    def import_csv(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        dayfirst: bool = False,
        today: date | None = None,
    ) -> ImportReport:
        """Import every row or none: InvalidInput lists each bad value as `row N: column`."""
        today = today or date.today()
        parsed = parse_csv(read_text(path), dayfirst=dayfirst, today=today)
        files = parsed.files
        if not dry_run and not parsed.errors:
            self.backups.before("import")
        with self.store.unit_of_work() as session:
            repository = FileRepository(session)
            existing = repository.refs()
            errors = parsed.errors + [
                FieldError("ref", ref, "already in the database", row)
                for ref, row in parsed.refs.items()
                if ref in existing
            ]
            if errors:
                raise InvalidInput(sorted(errors, key=lambda e: e.row or 0))
            missing = [i for i, pf in enumerate(files) if not pf.ref]
            new_refs = repository.new_refs(
                generated_ref_prefix(today), len(missing), also_taken=parsed.refs.keys()
            )
            for index, ref in zip(missing, new_refs, strict=True):
                files[index] = files[index].replace(ref=ref)
            if not dry_run:
                repository.insert_many(files)
                audit.record(session, AuditAction.IMPORT, None, f"CSV, {len(files)} files")
        return ImportReport(
            rows=len(files),
            imported=0 if dry_run else len(files),
            generated_refs=tuple(new_refs),
            dry_run=dry_run,
            files=tuple(files),
        )

    def export_csv(self, path: Path, *, bom: bool = False) -> int:
        """Write every file to `path` (replaced only once fully written; `-`: standard
        output); returns the count."""
        count = 0
        with replacing(path, standard_output=True) as raw:
            out = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="")
            try:
                writer = csv.writer(out)
                writer.writerow(COLUMNS)
                with self.store.reading() as session:
                    for rows in FileRepository(session).stored_rows(COLUMNS):
                        writer.writerows(format_rows(rows))
                        count += len(rows)
                    audit.record(session, AuditAction.EXPORT, None, f"CSV, {count} files")
            finally:
                # Standard output stays open for whatever the command prints next.
                out.detach()
        return count
