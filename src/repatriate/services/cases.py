"""Prisoner files: read, add, edit, delete; photos and documents attached to them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.prisoner import (
    Document,
    Photo,
    PrisonerFile,
    invalid_fields,
    text_errors,
    trimmed,
)
from repatriate.reports.attachments import Unusable, clean_pdf, image_size
from repatriate.services import audit
from repatriate.services.backup import Backup, BackupService
from repatriate.storage.files import FileRepository
from repatriate.storage.store import Store

MAX_ATTACHMENT = 25 * 1024 * 1024
SOURCE_MAX = 200
"""Longest photo source, document kind, title or file name."""
_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"%PDF-": "application/pdf",
}


def media_type(content: bytes) -> str | None:
    """The media type of a PNG, JPEG or PDF from its first bytes; None for anything else."""
    for signature, kind in _SIGNATURES.items():
        if content.startswith(signature):
            return kind
    return None


def generated_ref_prefix(today: date) -> str:
    return f"R-{today.year}-"


class CaseService:
    def __init__(self, store: Store, backups: BackupService) -> None:
        self.store = store
        self.backups = backups

    def count(self) -> int:
        with self.store.unit_of_work() as session:
            return FileRepository(session).count()

    def get(self, ref: str) -> PrisonerFile:
        with self.store.unit_of_work() as session:
            return FileRepository(session).get(ref)

    def new_ref(self, today: date | None = None) -> str:
        today = today or date.today()
        with self.store.unit_of_work() as session:
            return FileRepository(session).new_refs(generated_ref_prefix(today), 1)[0]

    def add(self, pf: PrisonerFile, today: date | None = None) -> PrisonerFile:
        """Save a new file; an empty ref is generated."""
        today = today or date.today()
        pf = trimmed(pf)
        with self.store.unit_of_work() as session:
            files = FileRepository(session)
            if not pf.ref:
                pf = pf.replace(ref=files.new_refs(generated_ref_prefix(today), 1)[0])
            _check(pf, today)
            audit.record(session, AuditAction.ADD, pf.ref)
            return files.add(pf)

    def save(self, pf: PrisonerFile, today: date | None = None) -> PrisonerFile:
        """Save an edited file; refused if it was saved elsewhere since it was read."""
        pf = trimmed(pf)
        _check(pf, today or date.today())
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.SAVE, pf.ref)
            return FileRepository(session).update(pf)

    def delete(self, ref: str) -> None:
        self.delete_many([ref])

    def delete_many(self, refs: Sequence[str]) -> Backup | None:
        """Delete files with their family, photos, documents, movements, activities and
        follow-ups, all or none: a ref that is not in the database deletes nothing. A backup
        is made first, once the refs are known to be there; returns it."""
        with self.store.reading() as session:
            self._all_there(FileRepository(session), refs)
        kept = self.backups.before("delete")
        with self.store.unit_of_work() as session:
            files = FileRepository(session)
            self._all_there(files, refs)
            for ref in refs:
                files.delete(ref)
                audit.record(session, AuditAction.DELETE, ref)
        return kept

    @staticmethod
    def _all_there(files: FileRepository, refs: Sequence[str]) -> None:
        found = files.ids(refs)
        missing = [FieldError("ref", ref, "no such file") for ref in refs if ref not in found]
        if missing:
            raise InvalidInput(missing)

    def add_photo(
        self, ref: str, content: bytes, *, taken_on: date | None, source: str = ""
    ) -> Photo:
        kind = _attachment_type(content, "photo", {"image/png", "image/jpeg"})
        errors = text_errors("source", source, SOURCE_MAX, multiline=False)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.SAVE, ref, "photo added")
            return FileRepository(session).add_photo(ref, content, kind, taken_on, source)

    def photo_content(self, photo_id: int) -> bytes:
        with self.store.unit_of_work() as session:
            return FileRepository(session).photo_content(photo_id)

    def add_document(
        self,
        ref: str,
        content: bytes,
        *,
        kind: str,
        filename: str,
        title: str = "",
        dated: date | None = None,
    ) -> Document:
        """Attach a court order, travel document or other paper (PDF, PNG or JPEG)."""
        media = _attachment_type(
            content, "document", {"application/pdf", "image/png", "image/jpeg"}
        )
        errors = [
            *text_errors("kind", kind, SOURCE_MAX, multiline=False),
            *text_errors("title", title, SOURCE_MAX, multiline=False),
            *text_errors("filename", filename, SOURCE_MAX, multiline=False),
        ]
        if not kind.strip():
            errors.insert(0, FieldError("kind", kind, "required, e.g. court order"))
        if errors:
            raise InvalidInput(errors)
        if media == "application/pdf":
            content = _cleaned_pdf(content)
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.SAVE, ref, "document added")
            return FileRepository(session).add_document(
                ref,
                content,
                kind=kind.strip(),
                title=title.strip(),
                filename=filename,
                media_type=media,
                dated=dated,
            )

    def document_content(self, document_id: int) -> bytes:
        with self.store.unit_of_work() as session:
            return FileRepository(session).document_content(document_id)


def _check(pf: PrisonerFile, today: date) -> None:
    errors = invalid_fields(pf, today)
    if errors:
        raise InvalidInput(errors)


def _attachment_type(content: bytes, field: str, allowed: set[str]) -> str:
    kind = media_type(content)
    shown = f"{len(content)} bytes"
    if kind not in allowed:
        names = ", ".join(sorted(a.split("/")[1].upper() for a in allowed))
        raise InvalidInput([FieldError(field, shown, f"not a {names} file")])
    if len(content) > MAX_ATTACHMENT:
        raise InvalidInput([FieldError(field, shown, "larger than 25 MB")])
    if kind != "application/pdf":
        try:
            image_size(content)
        except Unusable as exc:
            raise InvalidInput([FieldError(field, shown, str(exc))]) from None
    return kind


def _cleaned_pdf(content: bytes) -> bytes:
    """The PDF as it is stored: without JavaScript, actions, embedded files or forms."""
    try:
        return clean_pdf(content)
    except Unusable as exc:
        raise InvalidInput([FieldError("document", f"{len(content)} bytes", str(exc))]) from None
