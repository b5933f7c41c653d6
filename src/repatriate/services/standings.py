"""Each file's standing (flags, desks holding it, next follow-up), assessed and stored.

A standing is assessed again in the unit of work that changes what it is derived from (the
store calls `StandingService.settle` before it commits), and when the day comes on which time
alone could change it (`refresh`, when the database is opened or the window sees a new day).
`reassess` recomputes every file's: a maintenance step, not part of opening the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from repatriate.domain.chain import Hold, Stall
from repatriate.domain.flags import Flag, Thresholds, raise_flags
from repatriate.domain.orders import Order
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import reckon
from repatriate.domain.rti import RtiApplication, RtiClocks
from repatriate.domain.rti import next_change as rti_next_change
from repatriate.domain.travel import TravelDocument
from repatriate.domain.travel import next_change as travel_next_change
from repatriate.services.followups import chase_items
from repatriate.services.overstays import transfer_agreements
from repatriate.services.rti import clocks_at
from repatriate.services.settings import saved_at_risk_groups, saved_thresholds
from repatriate.storage.files import FileRepository
from repatriate.storage.followups import FollowUpRepository
from repatriate.storage.orders import OrderRepository
from repatriate.storage.register import RegisterRepository
from repatriate.storage.rti import RtiRepository
from repatriate.storage.settings import SettingRepository
from repatriate.storage.standings import (
    Marks,
    StandingRepository,
    StoredStanding,
    take_marks,
)
from repatriate.storage.store import Store
from repatriate.storage.travel import TravelRepository

STAMP = "standings.stamp"
"""The settings the stored standings were assessed under; another stamp makes them all stale."""
STORED_FORMAT = 2
"""How the standings are stored: 2 keeps each reason as its sentence template and values
(`domain.wording.to_json`) where 1 kept the English; a database stored in an older format has
every standing stored again on the next read of its register."""
_CHUNK = 500


def _fresh_until(
    pf: PrisonerFile,
    as_of: date,
    thresholds: Thresholds,
    due: date | None,
    holding: Sequence[tuple[str, date, int]],
    counts_term_left: bool,
    problems: bool,
    orders: Sequence[Order] = (),
    rti: Sequence[tuple[RtiApplication, RtiClocks]] = (),
    travel: tuple[Sequence[TravelDocument], date | None] = ((), None),
) -> date | None:
    """The first day after `as_of` on which time alone could change the standing: a date
    counted from the release date, the arrest, a desk's getting the file or the newest photo
    reaching a threshold, the day after an order's date to comply by or an RTI due date, or
    a travel document coming within weeks of expiring; None if no such day comes. The next
    follow-up is counted from the day a desk got the file, its last chase or the date a
    caseworker set, never from today."""
    t = thresholds
    if problems or counts_term_left:
        # A raised transfer flag counts the sentence left to serve, day by day. One not raised
        # stays so: an appeal or a refusal does not pass with time, and the term left only
        # shortens (`transfer_conditions`).
        return as_of + timedelta(days=1)
    days: list[date] = []
    if pf.released_on is not None:
        days.append(pf.released_on)
    if due is not None:
        days += [
            due + timedelta(days=1),
            due + timedelta(days=t.long_overstay_days),
            due + timedelta(days=t.very_long_overstay_days),
            due - timedelta(days=t.release_soon_days),
            due + timedelta(days=t.unverified_after_days),
        ]
    if pf.arrest_date is not None:
        days.append(pf.arrest_date + timedelta(days=t.consular_access_days + 1))
    days += [since + timedelta(days=expected + 1) for _, since, expected in holding]
    days += [o.comply_by + timedelta(days=1) for o in orders if o.complied_on is None]
    for application, clocks in rti:
        waiting = rti_next_change(application, clocks)
        if waiting is not None:
            days.append(waiting + timedelta(days=1))
    documents, hand_over = travel
    expiring = travel_next_change(documents, hand_over, as_of, t.travel_document_weeks)
    if expiring is not None:
        days.append(expiring)
    dated = [p.taken_on for p in pf.photos if p.taken_on is not None]
    if dated:
        days.append(max(dated) + relativedelta(years=t.photo_max_age_years, days=1))
    later = [day for day in days if day > as_of]
    return min(later, default=None)


class StandingService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.refreshed_on: date | None = None
        """The day of the last `refresh`: the window refreshes when the day has changed."""

    def assess(
        self, session: Session, file_ids: Sequence[int] | None, as_of: date
    ) -> dict[int, StoredStanding]:
        """The standings of the files `file_ids` (every file: None) as of `as_of`."""
        saved = SettingRepository(session).all()
        thresholds = saved_thresholds(saved)
        groups = saved_at_risk_groups(saved)
        agreements = transfer_agreements()
        rule = FileRepository(session).rule
        chunks: list[Sequence[int] | None] = (
            [None]
            if file_ids is None
            else [file_ids[start : start + _CHUNK] for start in range(0, len(file_ids), _CHUNK)]
        )
        standings: dict[int, StoredStanding] = {}
        for chunk in chunks:
            register = RegisterRepository(session)
            holds = register.open_holds(as_of, chunk)
            started = register.started(as_of, chunk)
            photos = register.photos(chunk)
            next_due = _next_follow_ups(session, as_of, thresholds, chunk)
            orders = OrderRepository(session).of_files(chunk)
            rti_repository = RtiRepository(session)
            offices = rti_repository.offices()
            rti = {
                file_id: [(a, clocks_at(a, offices)) for a in found]
                for file_id, found in rti_repository.of_files(chunk).items()
            }
            documents, hand_overs = TravelRepository(session).of_files(chunk)
            for pf in FileRepository(session).of_ids(chunk):
                file_id = pf.id or 0
                if file_id in photos:
                    pf = pf.replace(photos=photos[file_id])
                holding = holds.get(file_id, [])
                stalls = [
                    Stall(Hold(code, since), (as_of - since).days, expected)
                    for code, since, expected in holding
                    if (as_of - since).days > expected
                ]
                reckoning = reckon(pf, as_of, rule)
                raised = raise_flags(
                    pf,
                    reckoning,
                    thresholds,
                    agreements,
                    repatriation_started=file_id in started,
                    stalls=stalls,
                    at_risk_groups=groups,
                    orders=orders.get(file_id, ()),
                    rti=rti.get(file_id, ()),
                    travel_documents=documents.get(file_id, ()),
                    hand_over=hand_overs.get(file_id),
                )
                follow_up = next_due.get(file_id)
                standings[file_id] = StoredStanding(
                    tuple(r.flag.value for r in raised),
                    tuple(r.wording for r in raised),
                    tuple(code for code, _, _ in holding),
                    follow_up,
                    _fresh_until(
                        pf,
                        as_of,
                        thresholds,
                        reckoning.release_due,
                        holding,
                        reckoning.release_due is not None
                        and reckoning.release_due > as_of
                        and any(r.flag is Flag.TRANSFER_ELIGIBLE for r in raised),
                        bool(reckoning.problems),
                        orders.get(file_id, ()),
                        rti.get(file_id, ()),
                        (documents.get(file_id, ()), hand_overs.get(file_id)),
                    ),
                )
        return standings

    def _store(
        self, session: Session, file_ids: Sequence[int] | None, as_of: date
    ) -> dict[int, StoredStanding]:
        """Assess and store; returns what was stored before, for the files assessed."""
        repository = StandingRepository(session)
        before = repository.stored(file_ids)
        repository.write(self.assess(session, file_ids, as_of), as_of)
        return before

    def settle(self, session: Session, today: date | None = None) -> None:
        """Assess again, in this unit of work, the files it changed (see `storage.standings`)."""
        marks = take_marks(session)
        if not marks:
            return
        today = today or date.today()
        if self.refreshed_on != today:
            # Stored as of `today`, another day than the last refresh: refresh on the next read.
            self.refreshed_on = None
        if marks.settings and self._stamp_changed(session):
            self._store(session, None, today)
            return
        self._store_marked(session, marks, today)

    def _store_marked(self, session: Session, marks: Marks, today: date) -> None:
        ids = set(marks.file_ids)
        if marks.unassessed:
            ids.update(StandingRepository(session).unassessed())
        if ids:
            self._store(session, sorted(ids), today)

    def _stamp_changed(self, session: Session) -> bool:
        settings = SettingRepository(session)
        saved = settings.all()
        stamp = repr(
            (
                saved_thresholds(saved),
                sorted(saved_at_risk_groups(saved).items()),
                settings.release_rule().stamp,
                STORED_FORMAT,
            )
        )
        if settings.get(STAMP) == stamp:
            return False
        settings.put(STAMP, stamp)
        return True

    def refresh(self, today: date | None = None) -> int:
        """Assess again, in one transaction, only the standings that are stale on `today`: of
        files never assessed, those time may have changed, or all of them under changed
        settings. Returns how many files were assessed."""
        today = today or date.today()
        with self.store.unit_of_work() as session:
            repository = StandingRepository(session)
            if self._stamp_changed(session):
                ids = repository.all_ids()
            else:
                ids = sorted({*repository.unassessed(), *repository.stale(today)})
            if ids:
                self._store(session, ids, today)
            take_marks(session)
        self.refreshed_on = today
        return len(ids)

    def reassess(self, today: date | None = None) -> int:
        """Assess every file again and store it; returns how many files' flags, holding desks
        or next follow-up changed (0 when the stored state was consistent)."""
        today = today or date.today()
        with self.store.unit_of_work() as session:
            self._stamp_changed(session)
            repository = StandingRepository(session)
            before = repository.stored(None)
            after = self.assess(session, None, today)
            repository.write(after, today)
            take_marks(session)
        changed = sum(
            1
            for file_id, standing in after.items()
            if file_id not in before or not standing.same_as(before[file_id])
        )
        return changed + sum(1 for file_id in before if file_id not in after)


def _next_follow_ups(
    session: Session, as_of: date, thresholds: Thresholds, file_ids: Sequence[int] | None
) -> dict[int, date]:
    """Per file id, the due date of its next follow-up (overdue ones included): a desk's
    weekly chase or one a caseworker set. Someone nobody chases has none."""
    inputs = FollowUpRepository(session).agenda_inputs(as_of, file_ids)
    found: dict[int, date] = {}
    for file_id, item in chase_items(inputs, as_of, thresholds.escalate_after_followups):
        if file_id not in found or item.due < found[file_id]:
            found[file_id] = item.due
    return found
