"""Where a file is in the desk chain, derived from its movements, never typed in.

From the movements come the holds (which desk had the file, from when to when), the desks
holding it now ("ball in whose court"), how often it came back to a desk it had left (the
back-and-forth the case study describes), the stalled holds, and the route's progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from repatriate.domain.desks import Desk, Movement, MovementKind, Role
from repatriate.domain.errors import FieldError


@dataclass(frozen=True, slots=True)
class Hold:
    """A desk had the file from `start` until `end` (None: it still has it)."""

    desk: str
    start: date
    end: date | None = None
    ended_by: MovementKind | None = None
    comeback: bool = False
    """The desk had held the file before and let it go: the file swung back to it."""

    def days(self, as_of: date) -> int:
        return ((self.end or as_of) - self.start).days


def ordered(movements: Iterable[Movement]) -> list[Movement]:
    """Movements in the order they happened: by date, then as recorded."""
    return sorted(movements, key=lambda m: (m.on, m.id or 0))


def current_holders(movements: Iterable[Movement]) -> list[str]:
    return [h.desk for h in derive_holds(movements) if h.end is None]


def derive_holds(movements: Iterable[Movement]) -> list[Hold]:
    """Every hold, from the movements: sent, forwarded or acknowledged gives the desk the
    file; a reply, a return with an objection or a clearance ends its hold. A forward ends the
    hold of the desk it came from."""
    done: list[Hold] = []
    open_holds: dict[str, Hold] = {}
    left: set[str] = set()

    def close(desk: str, on: date, kind: MovementKind) -> None:
        hold = open_holds.pop(desk)
        done.append(Hold(hold.desk, hold.start, on, kind, hold.comeback))
        left.add(desk)

    for m in ordered(movements):
        if m.kind is MovementKind.FORWARDED and m.from_desk in open_holds:
            close(m.from_desk, m.on, m.kind)
        if m.kind.takes_the_file:
            if m.desk not in open_holds:
                open_holds[m.desk] = Hold(m.desk, m.on, comeback=m.desk in left)
        elif m.desk in open_holds:
            close(m.desk, m.on, m.kind)
    return sorted([*done, *open_holds.values()], key=lambda h: (h.start, h.end or date.max))


@dataclass(frozen=True, slots=True)
class Stall:
    hold: Hold
    days: int
    expected_days: int


@dataclass(frozen=True, slots=True)
class Chain:
    """A file's passage through the desks, as of a date."""

    as_of: date
    movements: tuple[Movement, ...]
    holds: tuple[Hold, ...]

    @classmethod
    def of(cls, movements: Iterable[Movement], as_of: date) -> Chain:
        """The chain as it stood on `as_of`: movements recorded for later days do not count."""
        moves = tuple(m for m in ordered(movements) if m.on <= as_of)
        return cls(as_of, moves, tuple(derive_holds(moves)))

    @property
    def holding(self) -> tuple[Hold, ...]:
        """The desks with the file now: the ball is in their court."""
        return tuple(h for h in self.holds if h.end is None)

    @property
    def comebacks(self) -> int:
        """How many times the file came back to a desk it had left."""
        return sum(h.comeback for h in self.holds)

    @property
    def objections(self) -> int:
        """How many times a desk returned the file with an objection."""
        return sum(m.kind is MovementKind.RETURNED for m in self.movements)

    @property
    def started(self) -> bool:
        """Whether any repatriation step has been taken."""
        return bool(self.movements)

    def stalls(self, desks: Mapping[str, Desk], default_days: int = 30) -> list[Stall]:
        """Holds now longer than the desk's expected time."""
        stalls = []
        for hold in self.holding:
            desk = desks.get(hold.desk)
            expected = desk.expected_days if desk else default_days
            days = hold.days(self.as_of)
            if days > expected:
                stalls.append(Stall(hold, days, expected))
        return stalls


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a route: a desk role that must clear the file."""

    key: str
    title: str
    role: Role
    stage: int
    """Steps of the same stage can run at once (MHA, MEA and the embassy in parallel)."""
    only_for: tuple[str, ...] = ()
    """Home countries the step applies to; empty: all."""
    transfer_only: bool = False
    """Only for prisoners transferred under a transfer of sentenced persons agreement."""
    source: str = "assumption"
    """"case study" where the CHRI case study names the step, else our assumption."""
    note: str = ""

    def applies(self, home_country: str | None, transfer: bool) -> bool:
        if self.transfer_only and not transfer:
            return False
        return not self.only_for or home_country in self.only_for


@dataclass(frozen=True, slots=True)
class Route:
    code: str
    name: str
    to_countries: tuple[str, ...]
    """Home countries the route is for; empty: any country."""
    steps: tuple[Step, ...]
    source: str = ""


def choose_route(routes: Sequence[Route], home_country: str | None) -> Route | None:
    """The route written for the home country, else the route for any country."""
    for route in routes:
        if home_country and home_country in route.to_countries:
            return route
    return next((r for r in routes if not r.to_countries), None)


STATE_ROLES = frozenset({Role.PRISON, Role.STATE_PRISONS, Role.STATE_HOME, Role.POLICE, Role.FRRO})
"""Roles served per Indian state: the desk is the one of the prison's state."""
COUNTRY_ROLES = frozenset(
    {
        Role.MEA_TERRITORIAL,
        Role.EMBASSY,
        Role.HOME_FOREIGN_MINISTRY,
        Role.HOME_VERIFICATION,
        Role.HOME_REPATRIATION,
        Role.TRAVEL_DOCUMENTS,
        Role.BORDER,
    }
)
"""Roles served per home country: the desk is one that deals with the prisoner's country."""


def candidates(
    role: Role, desks: Iterable[Desk], state: str, home_country: str | None
) -> list[Desk]:
    """The desks that can take a step of this role for a prisoner held in `state`."""
    found = [d for d in desks if d.role is role]
    if role in STATE_ROLES:
        return [d for d in found if d.state.casefold() == state.casefold()]
    if role in COUNTRY_ROLES:
        return [d for d in found if home_country in d.serves]
    return found


DIRECT_ROLES = frozenset({Role.EMBASSY, Role.UNHCR})
"""Desks a caseworker writes to directly, at any stage: the fact sheet goes to the embassy as
soon as the file is opened (the case study asks that embassies hear of an arrest at once), the
registration form to UNHCR. Their having the file says nothing about the steps before theirs."""

_COMPLETING = frozenset({MovementKind.CLEARED, MovementKind.FORWARDED})


@dataclass(frozen=True, slots=True)
class Progress:
    route: Route
    done: tuple[Step, ...]
    """Cleared, replied and passed on, forwarded, or gone beyond: see `route_progress`."""
    current: tuple[Step, ...]
    """The steps in progress: a desk of theirs holds the file now."""
    left: tuple[Step, ...] = field(default=())
    """Every step not done, the current ones included."""
    passed: tuple[Step, ...] = field(default=())
    """The done steps no desk of theirs was recorded to clear: the file has gone beyond them."""
    next_steps: tuple[Step, ...] = field(default=())
    """Steps neither done nor held, up to the file's place in the chain: where to send it next."""


@dataclass(slots=True)
class _Visit:
    """A desk of a step's role had the file from `start` to `end` (None: it still has it)."""

    step: Step
    start: date
    end: date | None = None
    ended_by: MovementKind | None = None


def _visits(
    steps: Sequence[Step], movements: Iterable[Movement], desks: Mapping[str, Desk]
) -> list[_Visit]:
    """The visits of the file to the route's steps, in the order they began.

    A desk counts for every step of its role, whatever state or country it serves: a
    Bangladeshi held in Maharashtra is escorted by the FRRO of Kolkata to the border. Where a
    route has two steps of one role (the High Commission receives the fact sheet, later issues
    the travel permit), a visit belongs to the first of them not yet completed; a file that comes
    back to a role whose steps are all completed reopens the last of them."""
    by_role: dict[Role, list[Step]] = {}
    for step in sorted(steps, key=lambda s: s.stage):
        by_role.setdefault(step.role, []).append(step)
    visits: list[_Visit] = []
    open_visits: dict[str, _Visit] = {}

    def completed(step: Step) -> bool:
        mine = [v for v in visits if v.step == step]
        return bool(mine) and _completes(mine[-1], visits)

    def begin(code: str, on: date) -> _Visit | None:
        desk = desks.get(code)
        role_steps = by_role.get(desk.role, []) if desk else []
        if not role_steps:
            return None
        step = next((s for s in role_steps if not completed(s)), role_steps[-1])
        visit = _Visit(step, on)
        visits.append(visit)
        return visit

    def finish(code: str, on: date, kind: MovementKind) -> None:
        visit = open_visits.pop(code, None) or begin(code, on)
        if visit is not None:
            visit.end, visit.ended_by = on, kind

    for m in ordered(movements):
        if m.kind is MovementKind.FORWARDED and m.from_desk in open_visits:
            finish(m.from_desk, m.on, m.kind)
        if m.kind.takes_the_file:
            if m.desk not in open_visits:
                visit = begin(m.desk, m.on)
                if visit is not None:
                    open_visits[m.desk] = visit
        else:
            finish(m.desk, m.on, m.kind)
    return visits


def _completes(visit: _Visit, visits: Sequence[_Visit]) -> bool:
    """The visit completed its step: cleared, forwarded on, or replied and then passed on to
    a desk of a later step. A return with an objection completes nothing."""
    if visit.ended_by in _COMPLETING:
        return True
    if visit.ended_by is MovementKind.REPLY and visit.end is not None:
        reply = visit.end
        return any(v.step.stage > visit.step.stage and v.start >= reply for v in visits)
    return False


def route_progress(
    route: Route,
    movements: Iterable[Movement],
    desks: Mapping[str, Desk],
    home_country: str | None,
    transfer: bool = False,
) -> Progress:
    """Where the file is on its route, derived from its movements only.

    - A step is in progress (current) while a desk of its role holds the file.
    - A step is done when that desk cleared it, forwarded the file on, or replied and the file
      then went on to a desk of a later step. A return with an objection leaves it open; a file
      that comes back to a desk reopens its step until the desk clears it again.
    - A step not recorded as done is done when the file has clearly gone beyond it: a desk of a
      later stage got the file after the last time a desk of this stage or earlier had it, and
      none of those has it now. The MHA holding the file means the state sent it there, so
      the prison and state steps are behind it; an embassy or UNHCR holding it means nothing of
      the kind, since the clinic writes to them directly (`DIRECT_ROLES`). Their own steps are
      never taken as done unless recorded: UNHCR is asked before anyone is sent back.
    - The steps to send the file to next are those neither done nor held up to the file's
      place in the official chain: the earliest stage a desk other than an embassy or UNHCR
      holds it at, or, when none does, the earliest stage still open.
    """
    steps = tuple(s for s in route.steps if s.applies(home_country, transfer))
    visits = _visits(steps, movements, desks)
    last: dict[Step, _Visit] = {}
    for visit in visits:
        last[visit.step] = visit
    held = {v.step for v in visits if v.end is None}
    current = tuple(s for s in steps if s in held)
    completed = {s for s in steps if s in last and _completes(last[s], visits)} - held
    lowest_held = min((s.stage for s in current), default=None)
    evidence = [v for v in visits if v.step.role not in DIRECT_ROLES]

    def gone_beyond(step: Step) -> bool:
        if step.role in DIRECT_ROLES:
            return False
        if lowest_held is not None and lowest_held <= step.stage:
            return False
        behind = max(
            (v.end for v in visits if v.step.stage <= step.stage and v.end is not None),
            default=date.min,
        )
        return any(v.step.stage > step.stage and v.start >= behind for v in evidence)

    passed = tuple(s for s in steps if s not in completed and s not in current and gone_beyond(s))
    done = tuple(s for s in steps if s in completed or s in passed)
    left = tuple(s for s in steps if s not in done)
    waiting = [s for s in left if s not in current]
    position = min(
        (s.stage for s in current if s.role not in DIRECT_ROLES),
        default=min((s.stage for s in waiting), default=0),
    )
    next_steps = tuple(s for s in waiting if s.stage <= position)
    return Progress(route, done, current, left, passed, next_steps)


def event_date_problem(
    field_name: str, on: date, arrest: date | None, today: date
) -> FieldError | None:
    """A movement or an activity happens on a file between the arrest and today."""
    if on > today:
        return FieldError(field_name, on.isoformat(), "in the future")
    if on.year < 1900:
        return FieldError(field_name, on.isoformat(), "before 1900")
    if arrest is not None and on < arrest:
        return FieldError(field_name, on.isoformat(), f"before the arrest on {arrest.isoformat()}")
    return None
