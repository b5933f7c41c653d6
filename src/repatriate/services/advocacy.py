"""The advocacy pack's figures, read from the register, the holds and the movements."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from repatriate.domain.advocacy import (
    LONGEST_SHOWN,
    OTHER,
    AdvocacyPack,
    HeldFile,
    LongCase,
    Obstacle,
    ObstacleCount,
    band_counts,
    obstacle_of,
    quarter_trend,
)
from repatriate.domain.audit import AuditAction
from repatriate.domain.desks import MovementKind
from repatriate.domain.errors import RepatriateError
from repatriate.domain.prisoner import Status
from repatriate.resource_files import resource
from repatriate.services import audit
from repatriate.services.csv_format import defang
from repatriate.services.desks import DeskService
from repatriate.services.output_files import replacing
from repatriate.storage.register import RegisterRepository
from repatriate.storage.store import Store
from repatriate.storage.tables import FileRow, MovementRow

NO_DESK = "(none)"


@cache
def obstacles() -> tuple[Obstacle, ...]:
    """The objection categories in resources/data/obstacles.json (editable), "other" last."""
    path = resource("data", "obstacles.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["obstacles"]
        found = [
            Obstacle(str(e["code"]), str(e["label"]), tuple(map(str, e.get("words", ()))))
            for e in entries
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RepatriateError(f"{path}: cannot read the obstacle categories ({exc})") from None
    if not any(o.code == OTHER for o in found):
        found.append(Obstacle(OTHER, OTHER))
    return tuple(found)


def csv_text(pack: AdvocacyPack) -> str:
    """One section per table: a line `[name]`, its header row, its rows, then a blank line."""
    from repatriate.reports.advocacy import tables

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for name, (header, rows) in tables(pack).items():
        writer.writerow([f"[{name}]"])
        writer.writerow(header)
        writer.writerows([defang(cell) for cell in row] for row in rows)
        writer.writerow([])
    return buffer.getvalue()


class AdvocacyService:
    def __init__(self, store: Store, desks: DeskService) -> None:
        self.store = store
        self.desks = desks

    def pack(
        self,
        as_of: date,
        by: tuple[str, ...] = ("nationality", "state", "desk"),
        names: bool = False,
    ) -> AdvocacyPack:
        """The pack's tables as of `as_of`; names and prisoner numbers only if `names`."""
        categories = obstacles()
        with self.store.reading() as session:
            files, ids = self._files(session, as_of, names)
            held = {
                ref: f.overstay_on(as_of) for ref, f in files.items() if f.overstay_on(as_of) > 0
            }
            holds = RegisterRepository(session).open_holds(as_of, [ids[ref] for ref in held])
            returned = session.execute(
                select(MovementRow.file_id, MovementRow.reason).where(
                    MovementRow.kind == MovementKind.RETURNED.value, MovementRow.on <= as_of
                )
            ).all()
        holding = {
            ref: " ".join(code for code, _, _ in holds.get(ids[ref], ())) or NO_DESK for ref in held
        }
        rows = []
        for ref, days in held.items():
            f = files[ref]
            values = {
                "nationality": f.nationality or "?",
                "state": f.state or "?",
                # The desk that took the file last, where several hold it.
                "desk": holding[ref].split(" ")[-1],
            }
            rows.append((tuple(values[d] for d in by), days))
        longest = sorted(held, key=lambda ref: (-held[ref], ref))[:LONGEST_SHOWN]
        per_category: dict[str, list[int]] = {o.code: [] for o in categories}
        for file_id, reason in returned:
            per_category[obstacle_of(reason or "", categories)].append(file_id)
        return AdvocacyPack(
            as_of=as_of,
            by=by,
            names=names,
            held_past_release=len(held),
            bands=band_counts(rows),
            desks=tuple(self.desks.dwell(as_of)),
            longest=tuple(
                LongCase(
                    ref,
                    files[ref].nationality,
                    files[ref].state,
                    files[ref].release_due,
                    held[ref],
                    holding[ref],
                    files[ref].name,
                    files[ref].prisoner_number,
                )
                for ref in longest
            ),
            obstacles=tuple(
                ObstacleCount(
                    o.code, o.label, len(per_category[o.code]), len(set(per_category[o.code]))
                )
                for o in categories
            ),
            quarters=quarter_trend(list(files.values()), as_of),
        )

    def save(self, pack: AdvocacyPack, target: Path, pdf: bool) -> None:
        """Write the pack to `target` as PDF or CSV sections, replacing it only once whole."""
        from repatriate.reports.advocacy import pdf_bytes

        content = pdf_bytes(pack) if pdf else csv_text(pack).encode("utf-8")
        self.exported(pack, "PDF" if pdf else "CSV")
        with replacing(target) as out:
            out.write(content)

    def exported(self, pack: AdvocacyPack, kind: str) -> None:
        """Log the export in the audit log: counts and kinds only."""
        names = ", with names" if pack.names else ""
        detail = f"advocacy pack {kind}, {pack.held_past_release} past release{names}"
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.EXPORT, None, detail)

    @staticmethod
    def _files(
        session: Session, as_of: date, names: bool
    ) -> tuple[dict[str, HeldFile], dict[str, int]]:
        """Files with a release date on or before `as_of` that were not gone before it."""
        held = [s.value for s in Status if s.still_held]
        query = select(
            FileRow.id,
            FileRow.ref,
            FileRow.verified_nationality,
            FileRow.claimed_nationality,
            FileRow.court_nationality,
            FileRow.state,
            FileRow.release_due,
            FileRow.released_on,
            FileRow.status,
            FileRow.name,
            FileRow.prisoner_number,
        ).where(
            FileRow.release_due < as_of,
            or_(
                FileRow.released_on.is_not(None),
                and_(
                    FileRow.released_on.is_(None),
                    or_(FileRow.status.is_(None), FileRow.status.in_(held)),
                ),
            ),
        )
        files: dict[str, HeldFile] = {}
        ids: dict[str, int] = {}
        for row in session.execute(query):
            file_id, ref, verified, claimed, court, state, due, released, status = row[:9]
            if due is None:
                continue
            still = status is None or status in held
            files[ref] = HeldFile(
                ref,
                verified or claimed or court or "",
                state or "",
                due,
                released,
                still,
                row.name if names else "",
                row.prisoner_number if names else "",
            )
            ids[ref] = file_id
        return files, ids
