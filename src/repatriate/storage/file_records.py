"""What the repositories of a file's records (orders, RTI applications, travel documents)
share: the session, desk codes and ids, the file's id, and a record looked up on its file."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from repatriate.domain.errors import NotFound, no_such_file
from repatriate.storage.desks import DeskRepository
from repatriate.storage.tables import FileRow

Row = TypeVar("Row")


class FileRecords:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[str, int] | None = None

    def _desk_ids(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = DeskRepository(self.session).ids()
        return self._ids

    def _codes(self) -> dict[int, str]:
        return {desk_id: code for code, desk_id in self._desk_ids().items()}

    def _file_id(self, ref: str) -> int:
        file_id = self.session.scalar(select(FileRow.id).where(FileRow.ref == ref))
        if file_id is None:
            raise no_such_file(ref)
        return file_id

    def _owned(self, kind: type[Row], ref: str, record_id: int, missing: str) -> Row:
        """The record `record_id` of file `ref`; NotFound saying `missing` otherwise."""
        row: Any = self.session.get(kind, record_id)
        if row is None or row.file_id != self._file_id(ref):
            raise NotFound(missing)
        return row  # type: ignore[no-any-return]
