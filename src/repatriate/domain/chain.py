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
        moves = tuple(ordered(movements))
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


@dataclass(frozen=True, slots=True)
class Progress:
    route: Route
    done: tuple[Step, ...]
    current: tuple[Step, ...]
    """The steps of the earliest stage not yet cleared: where the file should be."""
    left: tuple[Step, ...] = field(default=())
    """Every step not cleared, the current ones included."""


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


def route_progress(
    route: Route,
    movements: Iterable[Movement],
    desks: Mapping[str, Desk],
    home_country: str | None,
    transfer: bool = False,
) -> Progress:
    """Which steps are done. A step is done when a desk of its role clears the file; where a
    route has two steps of one role (the embassy receives the fact sheet, later issues the
    travel permit), each clearance by that role completes the next of them in order."""
    clearances: dict[Role, int] = {}
    for m in movements:
        if m.kind is MovementKind.CLEARED and m.desk in desks:
            role = desks[m.desk].role
            clearances[role] = clearances.get(role, 0) + 1
    steps = sorted(
        (s for s in route.steps if s.applies(home_country, transfer)), key=lambda s: s.stage
    )
    done: list[Step] = []
    left: list[Step] = []
    for step in steps:
        if clearances.get(step.role, 0) > 0:
            clearances[step.role] -= 1
            done.append(step)
        else:
            left.append(step)
    first_stage = min((s.stage for s in left), default=None)
    current = tuple(s for s in left if s.stage == first_stage)
    return Progress(route, tuple(done), current, tuple(left))
