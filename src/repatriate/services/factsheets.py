"""Printing fact sheets for embassies: one file's, or a batch of one embassy's nationals.

Each action reads what it needs in one unit of work, applies the rules of
`domain.factsheets` (no sheet for someone at risk if returned without a recorded override; a
batch leaves out disputed nationalities), then builds the PDF outside the transaction and
writes it to a temporary file beside the target, which replaces the target only when
complete: a cancelled or failed print leaves the old file, if any, as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from repatriate.domain.desks import Desk, Movement, Role
from repatriate.domain.errors import (
    Cancelled,
    FieldError,
    InvalidInput,
    NothingMatched,
    RepatriateError,
)
from repatriate.domain.factsheets import (
    RiskOverride,
    embassy_country,
    left_out_of_batch,
    risk_reason,
)
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import reckon
from repatriate.reports.sheets import (
    BATCH_COLUMNS,
    Attachment,
    Batch,
    Embassy,
    FactSheet,
    Picture,
    batch_rows,
)
from repatriate.services.codes import country_code, country_name, language_name
from repatriate.services.csv_format import defang
from repatriate.services.desks import DeskService
from repatriate.services.movements import Whereabouts, whereabouts
from repatriate.services.output_files import replacing
from repatriate.services.settings import SettingsService
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.factsheets import FactSheetRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.store import Store

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
CAPITAL = "New Delhi"
"""Where embassies proper sit; a country's consulates elsewhere get a batch only when asked."""
MAX_REASON = 2000


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file of the embassy's country kept off its batch, and why."""

    ref: str
    reason: str


class NobodyToPrint(NothingMatched):
    """No national of the embassy's country can go on its batch; some may have been left out."""

    def __init__(self, message: str, left_out: tuple[LeftOut, ...]) -> None:
        super().__init__(message)
        self.left_out = left_out


@dataclass(frozen=True, slots=True)
class Printed:
    """What was printed: the sheets in order, who they are addressed to, who was left out."""

    refs: tuple[str, ...]
    embassy: Embassy
    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True, slots=True)
class _Gathered:
    """What one sheet needs from the database, read in the action's unit of work."""

    file: PrisonerFile
    movements: list[Movement]
    photos: tuple[Picture, ...]
    attachments: tuple[Attachment, ...]


class FactSheetService:
    def __init__(self, store: Store, settings: SettingsService, desks: DeskService) -> None:
        self.store = store
        self.settings = settings
        self.desks = desks

    def override_risk(self, ref: str, reason: str) -> RiskOverride:
        """Record why a fact sheet may go to the home embassy of someone at risk if returned."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput([FieldError("reason", reason, "say why the risk is overridden")])
        if len(reason) > MAX_REASON:
            too_long = f"longer than {MAX_REASON} characters"
            raise InvalidInput([FieldError("reason", reason[:40] + "…", too_long)])
        with self.store.unit_of_work() as session:
            return FactSheetRepository(session).add_override(ref, reason)

    def sheet(
        self,
        ref: str,
        target: Path,
        *,
        as_of: date | None = None,
        request: str | None = None,
        to: str | None = None,
        documents: bool = True,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Printed:
        """Write one file's fact sheet (and its attached documents) to `target` as PDF.

        Refused for someone at risk if returned, unless an override has been recorded.
        """
        as_of = as_of or date.today()
        chosen = self.desks.find(to) if to else None
        letterhead = self.settings.letterhead()
        with self.store.unit_of_work() as session:
            gathered = _gather(session, ref, documents)
            pf = gathered.file
            risk = risk_reason(pf)
            if risk and ref not in FactSheetRepository(session).overrides([ref]):
                raise RepatriateError(
                    f"{ref}: {risk}: no fact sheet goes to the home country's embassy unless "
                    "an override is recorded with a reason"
                )
            country = embassy_country(pf) or pf.court_nationality
            if country is None:
                raise RepatriateError(
                    f"{ref}: no nationality is recorded, so there is no embassy to address"
                )
            desks = DeskRepository(session).all()
        embassy = _addressee(chosen, desks, country, gathered.movements)
        sheet = _sheet(gathered, desks, embassy, as_of, request or letterhead.request)
        # Imported when printing: the PDF libraries are slow to load and most runs never print.
        from repatriate.reports.factsheet import write_sheet

        with replacing(target) as out:
            write_sheet(sheet, letterhead, out, progress=progress, cancelled=cancelled)
        return Printed((ref,), embassy)

    def batch(
        self,
        country: str,
        target: Path,
        *,
        csv_target: Path | None = None,
        as_of: date | None = None,
        overstaying: bool = True,
        request: str | None = None,
        to: str | None = None,
        documents: bool = True,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Printed:
        """Write the batch for one embassy: a cover letter, an annex table and the sheets of
        its nationals still held (by default only those past their release date), most days
        past release first. Nationals are chosen by verified nationality, else claimed; files
        at risk if returned without an override, or whose nationality is disputed, are left
        out and listed in the result. `csv_target` gets the annex rows as CSV."""
        as_of = as_of or date.today()
        try:
            code = country_code(country)
        except ValueError as exc:
            raise InvalidInput([FieldError("embassy", country, str(exc))]) from None
        chosen = self.desks.find(to) if to else None
        letterhead = self.settings.letterhead()
        left_out: list[LeftOut] = []
        gathered: list[_Gathered] = []
        with self.store.unit_of_work() as session:
            sheets = FactSheetRepository(session)
            refs = sheets.nationals_held(code, as_of, overstaying)
            overrides = sheets.overrides(refs)
            for ref in refs:
                if cancelled is not None and cancelled():
                    raise Cancelled("stopped before the PDF was made; nothing was written")
                pf = FileRepository(session).get(ref)
                reason = left_out_of_batch(pf, code, ref in overrides)
                if reason:
                    left_out.append(LeftOut(ref, reason))
                else:
                    gathered.append(_gather(session, ref, documents, pf))
            desks = DeskRepository(session).all()
        embassy = _addressee(chosen, desks, code, [])
        name = country_name(code)
        if not gathered:
            held = "held past their release date" if overstaying else "held"
            also = f" ({len(left_out)} left out: see above)" if left_out else ""
            raise NobodyToPrint(
                f"--embassy {code}: no national of {name} {held} as of {as_of} can be put on "
                f"a fact sheet{also}",
                tuple(left_out),
            )
        text = request or letterhead.request
        ordered = sorted(
            (_sheet(g, desks, embassy, as_of, text) for g in gathered),
            key=lambda s: (
                -(s.reckoning.overstay_days or 0),
                s.reckoning.release_due or date.max,
                s.file.ref,
            ),
        )
        batch = Batch(code, name, embassy, tuple(ordered), as_of, overstaying)
        from repatriate.reports.factsheet import write_batch

        with replacing(target) as out:
            if csv_target is None:
                write_batch(batch, letterhead, out, progress=progress, cancelled=cancelled)
            else:
                with replacing(csv_target) as table:
                    write_batch(batch, letterhead, out, progress=progress, cancelled=cancelled)
                    _write_csv(batch.sheets, table)
        return Printed(tuple(s.file.ref for s in ordered), embassy, tuple(left_out))


def _gather(
    session: Session, ref: str, documents: bool, pf: PrisonerFile | None = None
) -> _Gathered:
    files = FileRepository(session)
    pf = pf or files.get(ref)
    photos = tuple(
        Picture(files.photo_content(p.id), p.taken_on) for p in pf.photos if p.id is not None
    )
    attachments = tuple(
        Attachment(d.kind, d.title, d.filename, d.dated, d.media_type, files.document_content(d.id))
        for d in (pf.documents if documents else ())
        if d.id is not None
    )
    return _Gathered(pf, MovementRepository(session).of_file(ref), photos, attachments)


def _sheet(
    gathered: _Gathered, desks: list[Desk], embassy: Embassy, as_of: date, request: str
) -> FactSheet:
    pf = gathered.file
    codes = {
        c
        for c in (
            pf.claimed_nationality,
            pf.court_nationality,
            pf.verified_nationality,
            pf.passport_country,
        )
        if c
    }
    where = whereabouts(pf, gathered.movements, desks, as_of)
    return FactSheet(
        reckoning=reckon(pf, as_of),
        embassy=embassy,
        request=request,
        country_names={c: country_name(c) for c in codes},
        language_names={c: language_name(c) for c in pf.languages},
        photos=gathered.photos,
        attachments=gathered.attachments,
        chain_lines=chain_lines(where),
    )


def chain_lines(where: Whereabouts) -> tuple[str, ...]:
    """Where the file is, for the embassy: the offices holding it and the route's progress."""
    chain = where.chain
    if not chain.movements:
        return ()
    lines = []
    for hold in chain.holding:
        desk = where.desks.get(hold.desk)
        if desk is None:
            office = hold.desk
        elif desk.organisation in desk.name:
            office = desk.name
        else:
            office = f"{desk.organisation}, {desk.name}"
        lines.append(f"With {office} since {hold.start} ({hold.days(chain.as_of)} days)")
    if not chain.holding:
        lines.append("Not with any office at present.")
    if where.progress is not None:
        done = len(where.progress.done)
        steps = done + len(where.progress.left)
        now = "; ".join(step.title for step in where.progress.current)
        lines.append(f"Steps completed: {done} of {steps}" + (f". Now: {now}" if now else ""))
    return tuple(lines)


def _addressee(
    chosen: Desk | None, desks: Sequence[Desk], country: str, movements: Sequence[Movement]
) -> Embassy:
    """The desk asked for; else the country's mission the file last went to; else its mission
    in the capital; else its first mission in the directory; else the embassy by name."""
    if chosen is None:
        missions = [d for d in desks if d.role is Role.EMBASSY and country in d.serves]
        codes = {d.code for d in missions}
        sent = [m.desk for m in movements if m.desk in codes]
        in_capital = [d for d in missions if d.city == CAPITAL]
        if sent:
            chosen = next(d for d in missions if d.code == sent[-1])
        elif missions:
            chosen = (in_capital or missions)[0]
    if chosen is None:
        name = country_name(country)
        return Embassy(f"Embassy or High Commission of {name}", "Consular section")
    return Embassy(chosen.organisation, chosen.name, chosen.address, chosen.city)


def _write_csv(sheets: Sequence[FactSheet], out: BinaryIO) -> None:
    # A byte-order mark: embassies open the annex in Excel, which needs it to read the names
    # in their own script as UTF-8.
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.DictWriter(text, fieldnames=BATCH_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: defang(v) for k, v in row.items()} for row in batch_rows(sheets))
    text.flush()
    text.detach()
