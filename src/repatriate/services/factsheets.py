"""Printing fact sheets for embassies: one file's, or a batch of one embassy's nationals.

Each action reads what it needs in one unit of work, applies the rules of
`domain.factsheets` (no sheet to a desk of a state someone at risk could be returned to without
an override recorded for that desk; nothing on a foreign state's sheet that discloses a
protection claim; a batch leaves out disputed nationalities), then builds the PDF outside the
transaction and
writes it to a temporary file beside the target, which replaces the target only when
complete: a cancelled or failed print leaves the old file, if any, as it was.
"""

from __future__ import annotations

import csv
import getpass
import io
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import Step
from repatriate.domain.desks import Desk, Movement, Role
from repatriate.domain.errors import (
    Cancelled,
    FieldError,
    InvalidInput,
    NothingMatched,
    RepatriateError,
)
from repatriate.domain.factsheets import (
    DISCLOSING_LANGUAGES,
    Audience,
    Letterhead,
    RiskOverride,
    ask,
    audience,
    clinic_request,
    discloses_protection,
    embassy_country,
    left_out_of_batch,
    refusal,
    title,
)
from repatriate.domain.flags import AtRiskGroups, at_risk_reasons
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import ReleaseRule, reckon
from repatriate.reports.parallel import Workers
from repatriate.reports.sheets import (
    BATCH_COLUMNS,
    Attachment,
    Batch,
    Embassy,
    FactSheet,
    Picture,
    batch_rows,
)
from repatriate.services import audit
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
    rule: ReleaseRule


class FactSheetService:
    def __init__(self, store: Store, settings: SettingsService, desks: DeskService) -> None:
        self.store = store
        self.settings = settings
        self.desks = desks

    def override_risk(
        self, ref: str, reason: str, to: str | None = None, as_of: date | None = None
    ) -> RiskOverride:
        """Record why the sheet of someone at risk if returned may go to one desk: `to`, else
        the desk the sheet would be addressed to. It opens that desk only."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput([FieldError("reason", reason, "say why the risk is overridden")])
        if len(reason) > MAX_REASON:
            too_long = f"longer than {MAX_REASON} characters"
            raise InvalidInput([FieldError("reason", reason[:40] + "…", too_long)])
        chosen = self.desks.find(to) if to else None
        with self.store.unit_of_work() as session:
            pf = FileRepository(session).get(ref)
            desks = DeskRepository(session).all()
            movements = MovementRepository(session).of_file(ref)
            country = embassy_country(pf) or pf.court_nationality or ""
            desk = chosen or _addressee_desk(desks, country, movements)
            if desk is None:
                raise RepatriateError(
                    f"{ref}: no desk of {country or 'the home country'} is in the directory: "
                    "add it, then record the override for it"
                )
            if audience(desk) is not Audience.HOME_STATE:
                why = "needs no override: only a foreign state's desk does"
                raise InvalidInput([FieldError("desk", desk.code, why)])
            audit.record(session, AuditAction.RISK_OVERRIDE, ref, desk.code)
            return FactSheetRepository(session).add_override(ref, desk.code, reason, _caseworker())

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

        Refused for someone at risk if returned when the desk speaks for a state they could be
        returned to, unless an override has been recorded for that desk.
        """
        as_of = as_of or date.today()
        chosen = self.desks.find(to) if to else None
        letterhead = self.settings.letterhead()
        groups = self.settings.at_risk_groups()
        with self.store.unit_of_work() as session:
            gathered = _gather(session, ref, documents)
            pf = gathered.file
            country = embassy_country(pf) or pf.court_nationality
            if country is None and chosen is None:
                raise RepatriateError(
                    f"{ref}: no nationality is recorded, so there is no embassy to address"
                )
            desks = DeskRepository(session).all()
            desk = chosen or _addressee_desk(desks, country or "", gathered.movements)
            opened = FactSheetRepository(session).opened_desks([ref]).get(ref, frozenset())
            is_open = desk is not None and desk.code in opened
            refused = refusal(pf, desk, country or "", is_open, groups)
            if refused:
                raise RepatriateError(f"{ref}: {refused}")
            audit.record(session, AuditAction.PRINT, ref, f"fact sheet {desk.code if desk else ''}")
        embassy = _embassy(desk, country or "")
        sheet = _sheet(gathered, desks, desk, embassy, as_of, request, letterhead, groups)
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
        letter_language: str = "en",
    ) -> Printed:
        """Write the batch for one embassy: a cover letter (in `letter_language` where the
        clinic has a template for it), an annex table and the sheets of
        its nationals still held (by default only those past their release date), most days
        past release first. Nationals are chosen by verified nationality, else claimed; files
        at risk if returned without an override, or whose nationality is disputed, are left
        out and listed in the result. `csv_target` gets the annex rows as CSV."""
        as_of = as_of or date.today()
        from repatriate.reports.cover_letter import template, template_cover

        if letter_language != "en":
            template(letter_language)  # refuses a language without a template, before any work
        try:
            code = country_code(country)
        except ValueError as exc:
            raise InvalidInput([FieldError("embassy", country, str(exc))]) from None
        chosen = self.desks.find(to) if to else None
        letterhead = self.settings.letterhead()
        groups = self.settings.at_risk_groups()
        left_out: list[LeftOut] = []
        # Closed last: the processes laying out a large batch, if any were started.
        with ExitStack() as stack:
            with self.store.unit_of_work() as session:
                desks = DeskRepository(session).all()
                desk = chosen or _addressee_desk(desks, code, [])
                sheets = FactSheetRepository(session)
                refs = sheets.nationals_held(code, as_of, overstaying)
                # A large batch is laid out by several processes: they start now, and are
                # ready by the time the files are read.
                workers = Workers.for_batch(len(refs))
                if workers is not None:
                    stack.enter_context(workers)
                opened = sheets.opened_desks(refs)
                loaded = FileRepository(session).get_many(refs)
                chosen_files: list[PrisonerFile] = []
                for ref in refs:
                    if cancelled is not None and cancelled():
                        raise Cancelled("stopped before the PDF was made; nothing was written")
                    pf = loaded[ref]
                    is_open = desk is not None and desk.code in opened.get(ref, frozenset())
                    reason = left_out_of_batch(pf, code, desk, is_open, groups)
                    if reason:
                        left_out.append(LeftOut(ref, reason))
                    else:
                        chosen_files.append(pf)
                gathered = _gather_many(session, chosen_files, documents)
                annex = " with annex CSV" if csv_target is not None else ""
                for g in gathered:
                    audit.record(session, AuditAction.PRINT, g.file.ref, f"batch {code}{annex}")
            embassy = _embassy(desk, code)
            name = country_name(code)
            if not gathered:
                held = "held past their release date" if overstaying else "held"
                also = f" ({len(left_out)} left out: see above)" if left_out else ""
                raise NobodyToPrint(
                    f"--embassy {code}: no national of {name} {held} as of {as_of} can be put on "
                    f"a fact sheet{also}",
                    tuple(left_out),
                )
            ordered = sorted(
                (
                    _sheet(g, desks, desk, embassy, as_of, request, letterhead, groups)
                    for g in gathered
                ),
                key=lambda s: (
                    -(s.reckoning.overstay_days or 0),
                    s.reckoning.release_due or date.max,
                    s.file.ref,
                ),
            )
            batch = Batch(code, name, embassy, tuple(ordered), as_of, overstaying)
            from repatriate.reports.factsheet import write_batch

            cover = (
                None
                if letter_language == "en"
                else template_cover(batch, letterhead, letter_language)
            )
            with replacing(target) as out, ExitStack() as beside:
                # The annex CSV, when asked for, is replaced only with the PDF, and first.
                table = None if csv_target is None else beside.enter_context(replacing(csv_target))
                write_batch(
                    batch,
                    letterhead,
                    out,
                    progress=progress,
                    cancelled=cancelled,
                    cover=cover,
                    workers=workers,
                )
                if table is not None:
                    _write_csv(batch.sheets, table)
            return Printed(tuple(s.file.ref for s in ordered), embassy, tuple(left_out))


def letter_languages() -> tuple[str, ...]:
    """The languages a batch's cover letter can be printed in: English and each template in
    resources/letters."""
    from repatriate.reports.cover_letter import letter_languages as templates

    return templates()


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
    movements = MovementRepository(session).of_file(ref)
    return _Gathered(pf, movements, photos, attachments, files.rule)


def _gather_many(
    session: Session, chosen: Sequence[PrisonerFile], documents: bool
) -> list[_Gathered]:
    """What the sheets of a batch need, read in a few queries for all of them together."""
    files = FileRepository(session)
    movements = MovementRepository(session).of_files([pf.ref for pf in chosen])
    photos = files.photo_contents([p.id for pf in chosen for p in pf.photos if p.id is not None])
    kept = [d.id for pf in chosen for d in pf.documents if d.id is not None] if documents else []
    contents = files.document_contents(kept)
    return [
        _Gathered(
            pf,
            movements[pf.ref],
            tuple(Picture(photos[p.id], p.taken_on) for p in pf.photos if p.id is not None),
            tuple(
                Attachment(d.kind, d.title, d.filename, d.dated, d.media_type, contents[d.id])
                for d in (pf.documents if documents else ())
                if d.id is not None
            ),
            files.rule,
        )
        for pf in chosen
    ]


def _sheet(
    gathered: _Gathered,
    desks: list[Desk],
    desk: Desk | None,
    embassy: Embassy,
    as_of: date,
    request: str | None,
    letterhead: Letterhead,
    groups: AtRiskGroups,
) -> FactSheet:
    """The sheet as `desk` may read it: a foreign state's desk never reads what discloses a
    protection claim, even with an override."""
    pf = gathered.file
    reader = audience(desk)
    home = reader is Audience.HOME_STATE
    reckoning = reckon(pf, as_of, gathered.rule)
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
    languages = tuple(c for c in pf.languages if not (home and c in DISCLOSING_LANGUAGES))
    attachments = tuple(
        a
        for a in gathered.attachments
        if not (home and discloses_protection(f"{a.kind} {a.title} {a.filename}"))
    )
    where = whereabouts(pf, gathered.movements, desks, as_of)
    # The clinic's usual ask is for embassies; a referral to UNHCR has its own.
    own = None if reader is Audience.UNHCR else clinic_request(letterhead)
    return FactSheet(
        reckoning=reckoning,
        embassy=embassy,
        request=request or own or ask(pf, reckoning, reader),
        country_names={c: country_name(c) for c in codes},
        language_names={c: language_name(c) for c in languages},
        photos=gathered.photos,
        attachments=attachments,
        chain_lines=chain_lines(where, for_home_state=home),
        title=title(pf, reckoning, reader),
        reader=reader,
        languages=languages,
        protection_lines=_protection(pf, groups) if reader is Audience.UNHCR else (),
    )


def _protection(pf: PrisonerFile, groups: AtRiskGroups) -> tuple[str, ...]:
    """Why the clinic refers the person to UNHCR, for UNHCR's eyes only."""
    lines = []
    if pf.category is not None:
        lines.append(f"Category: {pf.category.value}")
    if pf.unhcr_registration.strip():
        lines.append(f"UNHCR registration: {pf.unhcr_registration.strip()}")
    if pf.ethnicity.strip():
        lines.append(f"Ethnicity or community: {pf.ethnicity.strip()}")
    risks = at_risk_reasons(pf, groups)
    if risks:
        lines.append(f"At risk if returned: {'; '.join(risks)}")
    if pf.risk_note.strip():
        lines.append(f"Our note on the risk: {pf.risk_note.strip()}")
    if pf.vulnerability.strip():
        lines.append(f"Vulnerability: {pf.vulnerability.strip()}")
    return tuple(lines)


def chain_lines(where: Whereabouts, *, for_home_state: bool = False) -> tuple[str, ...]:
    """Where the file is, for the embassy: the offices holding it and the route's progress
    (the steps done, and those in progress at the offices holding it, or else the next).
    For a foreign state's desk, UNHCR's holds and route steps are left out: they would tell
    the home state of a protection claim."""
    chain = where.chain

    def hidden(role: Role | None, name: str) -> bool:
        return for_home_state and (role is Role.UNHCR or discloses_protection(name))

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
        if hidden(desk.role if desk else None, office):
            continue
        lines.append(f"With {office} since {hold.start} ({hold.days(chain.as_of)} days)")
    if not lines:
        lines.append("Not with any office at present.")
    progress = where.progress
    if progress is not None:

        def shown(steps: tuple[Step, ...]) -> list[Step]:
            return [s for s in steps if not hidden(s.role, s.title)]

        done, current, upcoming = (
            shown(progress.done),
            shown(progress.current),
            shown(progress.next_steps),
        )
        line = f"Steps completed: {len(done)} of {len(done) + len(shown(progress.left))}"
        if current:
            line += ". In progress: " + "; ".join(step.title for step in current)
        elif upcoming:
            line += ". Next: " + "; ".join(step.title for step in upcoming)
        lines.append(line)
    return tuple(lines)


def _addressee_desk(
    desks: Sequence[Desk], country: str, movements: Sequence[Movement]
) -> Desk | None:
    """The country's mission the file last went to; else its mission in the capital; else its
    first mission in the directory; else None."""
    missions = [d for d in desks if d.role is Role.EMBASSY and country in d.serves]
    codes = {d.code for d in missions}
    sent = [m.desk for m in movements if m.desk in codes]
    in_capital = [d for d in missions if d.city == CAPITAL]
    if sent:
        return next(d for d in missions if d.code == sent[-1])
    return next(iter(in_capital or missions), None)


def _embassy(desk: Desk | None, country: str) -> Embassy:
    """Who the sheet is addressed to; the embassy by name when the directory has no desk."""
    if desk is None:
        name = country_name(country)
        return Embassy(f"Embassy or High Commission of {name}", "Consular section")
    return Embassy(desk.organisation, desk.name, desk.address, desk.city)


def _caseworker() -> str:
    """Who recorded a decision: the account signed in to the computer."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _write_csv(sheets: Sequence[FactSheet], out: BinaryIO) -> None:
    # A byte-order mark: embassies open the annex in Excel, which needs it to read the names
    # in their own script as UTF-8.
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.DictWriter(text, fieldnames=BATCH_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: defang(v) for k, v in row.items()} for row in batch_rows(sheets))
    text.flush()
    text.detach()
