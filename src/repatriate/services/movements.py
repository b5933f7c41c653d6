"""Recording a file's movements between desks, and saying where it is now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import (
    Chain,
    Progress,
    Stall,
    Step,
    candidates,
    choose_route,
    current_holders,
    event_date_problem,
    route_progress,
)
from repatriate.domain.desks import Desk, Movement, MovementKind, Role, Via
from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.flags import home_country
from repatriate.domain.followups import Activity, ActivityKind
from repatriate.domain.prisoner import PrisonerFile, Status, text_errors
from repatriate.services import audit
from repatriate.services.desks import DeskService, routes
from repatriate.services.overstays import transfer_agreement_countries
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.followups import FollowUpRepository
from repatriate.storage.store import Store


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """Where a file is on a day: its chain of holds, the route's progress, who should act
    next. Movements recorded for later days are left out of all of it."""

    file: PrisonerFile
    chain: Chain
    desks: dict[str, Desk]
    progress: Progress | None
    stalls: tuple[Stall, ...]
    next_desks: tuple[tuple[Step, tuple[Desk, ...]], ...]
    """For each step to send the file to next, the desks in the directory that can take it."""
    later_movements: int = 0
    """Movements recorded for days after `chain.as_of`: not counted."""

    @property
    def country_notes(self) -> tuple[Desk, ...]:
        """The home country's missions with notes on how they work (the case study: some
        embassies take complete ownership of the process once a case is presented to them)."""
        country = home_country(self.file)
        return tuple(
            d
            for d in sorted(self.desks.values(), key=lambda d: d.code)
            if d.role is Role.EMBASSY and country in d.serves and d.notes
        )


def describe_movement(m: Movement) -> str:
    """A movement in one line, as the file's history keeps it."""
    parts = [f"{m.kind.value} {m.desk} on {m.on.isoformat()}"]
    if m.from_desk:
        parts.append(f"from {m.from_desk}")
    if m.letter_ref:
        parts.append(f"letter {m.letter_ref}")
    if m.reason or m.note:
        parts.append(f"({m.reason or m.note})")
    return " ".join(parts)


def transfer_case(pf: PrisonerFile) -> bool:
    """Serving a sentence, from a country with a transfer of sentenced persons agreement."""
    return pf.status is Status.SERVING and home_country(pf) in transfer_agreement_countries()


def whereabouts(
    pf: PrisonerFile, movements: list[Movement], desks: list[Desk], as_of: date
) -> Whereabouts:
    by_code = {d.code: d for d in desks}
    chain = Chain.of(movements, as_of)
    country = home_country(pf)
    route = choose_route(routes(), country)
    progress = (
        route_progress(route, chain.movements, by_code, country, transfer_case(pf))
        if route
        else None
    )
    next_desks = tuple(
        (step, tuple(candidates(step.role, desks, pf.state, country)))
        for step in (progress.next_steps if progress else ())
    )
    later = len(movements) - len(chain.movements)
    stalls = tuple(chain.stalls(by_code))
    return Whereabouts(pf, chain, by_code, progress, stalls, next_desks, later)


NOTE_MAX = 2000
LETTER_MAX = 200


class MovementService:
    def __init__(self, store: Store, desks: DeskService) -> None:
        self.store = store
        self.desks = desks

    def move(
        self,
        ref: str,
        to: str,
        *,
        kind: MovementKind = MovementKind.SENT,
        on: date | None = None,
        note: str = "",
        letter_ref: str = "",
        via: Via | None = None,
        from_desk: str | None = None,
        today: date | None = None,
    ) -> Movement:
        """Record that the file was sent to, acknowledged by, answered by, returned by,
        forwarded to or cleared by a desk. `to` is a desk code or a unique name. The date is
        refused before the file's arrest date and after today."""
        desk = self.desks.find(to)
        with self.store.unit_of_work() as session:
            return self._record(
                session,
                ref,
                desk,
                kind,
                on,
                note,
                letter_ref,
                via,
                from_desk,
                today or date.today(),
            )

    def correct(
        self,
        ref: str,
        movement_id: int,
        to: str,
        *,
        kind: MovementKind = MovementKind.SENT,
        on: date | None = None,
        note: str = "",
        letter_ref: str = "",
        via: Via | None = None,
        from_desk: str | None = None,
        today: date | None = None,
    ) -> Movement:
        """Replace a movement recorded wrongly by the one given, in one transaction, checked
        as a new one is; a correction on the file keeps what the old one said."""
        today = today or date.today()
        desk = self.desks.find(to)
        with self.store.unit_of_work() as session:
            gone = MovementRepository(session).delete(ref, movement_id)
            movement = self._record(
                session, ref, desk, kind, on, note, letter_ref, via, from_desk, today
            )
            FollowUpRepository(session).add_activity(
                ref,
                Activity(
                    ActivityKind.CORRECTION,
                    today,
                    desk=gone.desk,
                    outcome=f"corrected the movement: {describe_movement(gone)}; "
                    f"now: {describe_movement(movement)}",
                ),
            )
            return movement

    def _record(
        self,
        session: Session,
        ref: str,
        desk: Desk,
        kind: MovementKind,
        on: date | None,
        note: str,
        letter_ref: str,
        via: Via | None,
        from_desk: str | None,
        today: date,
    ) -> Movement:
        on = on or today
        errors = []
        if kind is MovementKind.RETURNED and not note.strip():
            errors.append(FieldError("note", "", "say what the objection was"))
        errors += text_errors("note", note, NOTE_MAX, multiline=True)
        errors += text_errors("letter", letter_ref, LETTER_MAX, multiline=False)
        arrest = FileRepository(session).get(ref).arrest_date
        date_problem = event_date_problem("date", on, arrest, today)
        if date_problem:
            errors.insert(0, date_problem)
        moves = MovementRepository(session)
        held_by = [code for code in current_holders(moves.of_file(ref)) if code != desk.code]
        source = ""
        if kind is MovementKind.FORWARDED:
            source, problem = self._forwarder(from_desk, held_by)
            if problem:
                errors.append(problem)
        if errors:
            raise InvalidInput(errors)
        movement = Movement(
            desk=desk.code,
            kind=kind,
            on=on,
            from_desk=source,
            letter_ref=letter_ref.strip(),
            via=via,
            reason=note.strip() if kind is MovementKind.RETURNED else "",
            note="" if kind is MovementKind.RETURNED else note.strip(),
        )
        audit.record(session, AuditAction.MOVEMENT, ref, f"{kind.value} {desk.code}")
        return moves.add(ref, movement)

    def delete(self, ref: str, movement_id: int, *, today: date | None = None) -> Movement:
        """Delete a movement recorded by mistake. The holds are worked out again without it,
        and a correction on the file's activities keeps what it said."""
        with self.store.unit_of_work() as session:
            gone = MovementRepository(session).delete(ref, movement_id)
            FollowUpRepository(session).add_activity(
                ref,
                Activity(
                    ActivityKind.CORRECTION,
                    today or date.today(),
                    desk=gone.desk,
                    outcome=f"deleted the movement: {describe_movement(gone)}",
                ),
            )
            audit.record(
                session, AuditAction.MOVEMENT, ref, f"deleted {gone.kind.value} {gone.desk}"
            )
        return gone

    def _forwarder(self, given: str | None, held_by: list[str]) -> tuple[str, FieldError | None]:
        """The desk a forward comes from: the one named, else the only other desk holding it."""
        if given:
            source = self.desks.find(given).code
            if source not in held_by:
                return "", FieldError("from", given, "that desk does not hold the file")
            return source, None
        if len(held_by) == 1:
            return held_by[0], None
        if not held_by:
            return "", FieldError("kind", "forwarded", "no desk holds the file: record it as sent")
        held = ", ".join(held_by)
        return "", FieldError("from", "(none given)", f"held by {held}: say which forwarded it")

    def where(self, ref: str, as_of: date | None = None) -> Whereabouts:
        as_of = as_of or date.today()
        with self.store.unit_of_work() as session:
            pf = FileRepository(session).get(ref)
            movements = MovementRepository(session).of_file(ref)
            desks = DeskRepository(session).all()
        return whereabouts(pf, movements, desks, as_of)
