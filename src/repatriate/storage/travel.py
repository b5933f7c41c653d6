"""Travel documents of files and their planned hand-over (`TravelDocumentRow`,
`HandOverRow`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, select

from repatriate.domain.travel import TravelDocument, TravelDocumentKind
from repatriate.storage.file_records import FileRecords
from repatriate.storage.standings import mark
from repatriate.storage.tables import HandOverRow, TravelDocumentRow

_CHUNK = 500


def _document(row: TravelDocumentRow, codes: dict[int, str]) -> TravelDocument:
    return TravelDocument(
        kind=TravelDocumentKind(row.kind),
        number=row.number,
        issued_on=row.issued_on,
        expires_on=row.expires_on,
        desk=codes.get(row.desk_id, "") if row.desk_id is not None else "",
        id=row.id,
    )


class TravelRepository(FileRecords):
    def _row(self, ref: str, document_id: int) -> TravelDocumentRow:
        return self._owned(
            TravelDocumentRow,
            ref,
            document_id,
            f"document: {document_id}: no such travel document on {ref}",
        )

    def _fill(self, row: TravelDocumentRow, document: TravelDocument) -> None:
        row.desk_id = self._desk_ids()[document.desk] if document.desk else None
        row.kind = document.kind.value
        row.number = document.number
        row.issued_on = document.issued_on
        row.expires_on = document.expires_on

    def add(self, ref: str, document: TravelDocument) -> TravelDocument:
        row = TravelDocumentRow(file_id=self._file_id(ref))
        self._fill(row, document)
        self.session.add(row)
        self.session.flush()
        return _document(row, self._codes())

    def update(self, ref: str, document: TravelDocument) -> TravelDocument:
        row = self._row(ref, document.id or 0)
        self._fill(row, document)
        self.session.flush()
        return _document(row, self._codes())

    def delete(self, ref: str, document_id: int) -> None:
        self.session.delete(self._row(ref, document_id))
        self.session.flush()

    def of_file(self, ref: str) -> list[TravelDocument]:
        query = (
            select(TravelDocumentRow)
            .where(TravelDocumentRow.file_id == self._file_id(ref))
            .order_by(TravelDocumentRow.id)
        )
        codes = self._codes()
        return [_document(row, codes) for row in self.session.scalars(query)]

    def hand_over(self, ref: str) -> date | None:
        return self.session.scalar(
            select(HandOverRow.planned_on).where(HandOverRow.file_id == self._file_id(ref))
        )

    def set_hand_over(self, ref: str, planned_on: date | None) -> None:
        file_id = self._file_id(ref)
        self.session.execute(delete(HandOverRow).where(HandOverRow.file_id == file_id))
        if planned_on is not None:
            self.session.add(HandOverRow(file_id=file_id, planned_on=planned_on))
            self.session.flush()
        mark(self.session, [file_id])

    def of_files(
        self, file_ids: Sequence[int] | None
    ) -> tuple[dict[int, list[TravelDocument]], dict[int, date]]:
        """The travel documents and planned hand-overs of these files (every file: None)."""
        chunks: list[Sequence[int] | None] = (
            [None]
            if file_ids is None
            else [file_ids[start : start + _CHUNK] for start in range(0, len(file_ids), _CHUNK)]
        )
        codes = self._codes()
        documents: dict[int, list[TravelDocument]] = {}
        hand_overs: dict[int, date] = {}
        for chunk in chunks:
            query = select(TravelDocumentRow).order_by(TravelDocumentRow.id)
            plans = select(HandOverRow.file_id, HandOverRow.planned_on)
            if chunk is not None:
                query = query.where(TravelDocumentRow.file_id.in_(chunk))
                plans = plans.where(HandOverRow.file_id.in_(chunk))
            for row in self.session.scalars(query):
                documents.setdefault(row.file_id, []).append(_document(row, codes))
            hand_overs.update({file_id: day for file_id, day in self.session.execute(plans)})
        return documents, hand_overs
