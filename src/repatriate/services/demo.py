"""Synthetic prisoner files for trying the app and for benchmarks.

Names and places come from resources/demo/people.json, nationalities in the shares the case
study gives. Timelines are coherent: arrest, pre-trial detention set off, conviction, sentence,
remission and fine default give a release date; whoever is past it is still held (overstaying)
or was repatriated some months later, and whoever's file reached the border hand-over was
repatriated that day. Charges cite the law in force on the day of the offence, and men are
never placed in a women's prison.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import candidates, choose_route, current_holders, derive_holds
from repatriate.domain.desks import Desk, Movement, MovementKind, Role, Via
from repatriate.domain.errors import RepatriateError
from repatriate.domain.flags import home_country
from repatriate.domain.followups import Activity, ActivityKind
from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Sex, Status
from repatriate.domain.release import file_release_due, release_due
from repatriate.resource_files import resource
from repatriate.services import audit
from repatriate.services.desks import routes
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.followups import FollowUpRepository
from repatriate.storage.store import Store

DEMO_PREFIX = "DEMO-"
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Law:
    """A charge as written under one law, for offences committed from `since` to `until`."""

    charge: str
    since: date = date.min
    until: date = date.max


@dataclass(frozen=True, slots=True)
class Offence:
    name: str
    laws: tuple[Law, ...]
    immigration: bool = False
    long: bool = False
    """Punished with long sentences (drugs, spying)."""

    def charge_on(self, day: date) -> str:
        """The charge under the law in force on the day of the offence."""
        return next(law.charge for law in self.laws if law.since <= day <= law.until)


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    languages: list[str]
    names: list[tuple[str, str]]
    female: set[str]
    places: list[tuple[str, str]]
    prisons: list[tuple[str, str]]
    """Every prison that takes this nationality; women may be held in any of them."""
    men_prisons: list[tuple[str, str]]
    """The prisons that are not for women only."""
    women_prisons: list[tuple[str, str]]
    charges: list[Offence]
    rohingya: list[tuple[str, str]]


def offences() -> dict[str, Offence]:
    """The offences the demo charges, each with its law by date (people.json, with sources)."""
    data = json.loads(resource("demo", "people.json").read_text(encoding="utf-8"))
    return {
        name: Offence(
            name,
            tuple(
                Law(
                    law["charge"],
                    date.fromisoformat(law["from"]) if "from" in law else date.min,
                    date.fromisoformat(law["until"]) if "until" in law else date.max,
                )
                for law in o["laws"]
            ),
            immigration=o.get("immigration", False),
            long=o.get("long", False),
        )
        for name, o in data["offences"].items()
    }


def _countries() -> tuple[list[_Country], list[int]]:
    data = json.loads(resource("demo", "people.json").read_text(encoding="utf-8"))
    by_name = offences()
    countries, weights = [], []
    for code, c in data["countries"].items():
        if "full" in c:
            names = [tuple(n) for n in c["full"]]
        else:
            names = [(f"{g[0]} {f[0]}", f"{g[1]} {f[1]}") for g in c["given"] for f in c["family"]]
        countries.append(
            _Country(
                code=code,
                languages=c["languages"],
                names=names,
                female=set(c.get("female", ())),
                places=[tuple(p) for p in c["places"]],
                prisons=[(p[0], p[1]) for p in c["prisons"]],
                men_prisons=[(p[0], p[1]) for p in c["prisons"] if "women" not in p[2:]],
                women_prisons=[(p[0], p[1]) for p in c["prisons"] if "women" in p[2:]],
                charges=[by_name[name] for name in c["charges"]],
                rohingya=[tuple(n) for n in c.get("rohingya", ())],
            )
        )
        weights.append(c["weight"])
    return countries, weights


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.countries, self.weights = _countries()

    def file(self, ref: str) -> PrisonerFile:
        rng = self.rng
        country = rng.choices(self.countries, self.weights)[0]
        values: dict[str, Any] = {"claimed_nationality": country.code}
        rohingya = bool(country.rohingya) and rng.random() < 0.4
        if rohingya:
            name, native = rng.choice(country.rohingya)
            values |= {
                "ethnicity": "Rohingya",
                "languages": ("rhg",),
                "court_nationality": "BD" if rng.random() < 0.5 else "MM",
                "category": Category.ASYLUM_SEEKER
                if rng.random() < 0.5
                else Category.IMMIGRATION_DETAINEE,
            }
            values["possible_misidentification"] = values["court_nationality"] == "BD"
        else:
            name, native = rng.choice(country.names)
            values["court_nationality"] = country.code
            values["languages"] = tuple(country.languages[: rng.randint(1, len(country.languages))])
        female = name.split()[0] in country.female or name in country.female
        if not female:
            prisons = country.men_prisons
        elif country.women_prisons and rng.random() < 0.5:
            prisons = country.women_prisons
        else:
            prisons = country.prisons
        state, prison = rng.choice(prisons)
        offence = rng.choice(country.charges)
        place, place_native = rng.choice(country.places)
        arrest = self.today - timedelta(days=rng.randint(60, 4 * 365))
        # Caught in the act: the offence is dated the day of the arrest.
        charge = offence.charge_on(arrest)
        values |= {
            "sex": Sex.FEMALE if female else Sex.MALE,
            "birth_date": arrest - timedelta(days=rng.randint(18 * 365, 60 * 365))
            if rng.random() < 0.8
            else None,
            "prison": prison,
            "state": state,
            "prisoner_number": f"{rng.choice(('C', 'UT'))}/{arrest.year}/{rng.randint(1, 9999)}",
            "arrest_date": arrest,
            "charge": charge,
            "home_address": place,
            "home_address_native": place_native,
        }
        if "category" not in values:
            values["category"] = (
                Category.IMMIGRATION_DETAINEE if offence.immigration else Category.OTHER_OFFENDER
            )
        if rng.random() < 0.35:
            values["passport_number"] = f"{rng.choice('ABEP')}{rng.randint(1000000, 99999999):08d}"
        if rng.random() < 0.15:
            values["passport_book_number"] = f"{rng.choice('BK')}{rng.randint(100000, 9999999)}"
        if female and rng.random() < 0.1:
            values["vulnerability"] = "mental illness; needs a female escort"
        elif rng.random() < 0.03:
            values["vulnerability"] = "mental illness"
        values.update(self._custody(arrest, offence, country.code, returnable=not rohingya))
        return PrisonerFile(ref=ref, name=name, name_native=native, **values)

    def _custody(
        self, arrest: date, offence: Offence, code: str, *, returnable: bool
    ) -> dict[str, Any]:
        """Conviction, sentence and what became of the person. Someone who cannot be returned
        (a Rohingya: Myanmar's Citizenship Law of 1982 does not count them as citizens, and
        the case study says they fear persecution there) is never verified as Myanmar's nor
        repatriated: after the sentence they wait in a detention centre, or are released."""
        rng = self.rng
        pre_trial = rng.randint(20, 420)
        conviction = arrest + timedelta(days=pre_trial)
        if rng.random() < 0.1 or conviction >= self.today:
            return {"status": Status.UNDER_TRIAL}
        if offence.long:
            sentence = Sentence(years=rng.randint(1, 10), months=rng.choice((0, 6)))
        else:
            sentence = Sentence(years=rng.randint(0, 2), months=rng.choice((0, 3, 6)), days=0)
            if sentence.is_zero:
                sentence = Sentence(months=rng.choice((3, 6, 9)))
        length = (conviction + relativedelta(years=sentence.years, months=sentence.months)) - (
            conviction
        )
        set_off = min(pre_trial, length.days)
        remission = rng.randint(0, length.days // 10) if rng.random() < 0.6 else 0
        fine_default = rng.choice((0, 0, 0, 30, 60, 90))
        sentence = Sentence(
            years=sentence.years,
            months=sentence.months,
            days=sentence.days,
            set_off_days=set_off,
            remission_days=remission,
            fine_default_days=fine_default,
        )
        due = release_due(conviction, sentence)
        values: dict[str, Any] = {"conviction_date": conviction, "sentence": sentence}
        if due > self.today:
            return values | {"status": Status.SERVING}
        # The case study: six months to a year held past release on average, a year and a half
        # in the worst case it names. Most files long past their date have gone home since.
        past = (self.today - due).days
        if not returnable:
            roll = rng.random()
            if roll < 0.9:
                held = Status.IN_DETENTION_CENTRE if roll < 0.6 else Status.SENTENCE_COMPLETED
                return values | {"status": held}
            released = due + timedelta(days=min(int(rng.triangular(0, 540, 300)), past))
            return values | {"status": Status.RELEASED, "released_on": released}
        still_held = 0.7 if past <= 365 else 0.35 if past <= 550 else 0.01
        roll = rng.random()
        if roll < still_held:
            status = Status.SENTENCE_COMPLETED
        elif roll < 0.95:
            status = Status.REPATRIATED
        elif roll < 0.98:
            status = Status.RELEASED
        else:
            status = rng.choice((Status.DECEASED, Status.TRANSFERRED))
        values["status"] = status
        if status is not Status.SENTENCE_COMPLETED:
            held_past = min(int(rng.triangular(0, 540, 240)), past)
            values["released_on"] = due + timedelta(days=held_past)
        if status is Status.REPATRIATED or rng.random() < 0.3:
            values["verified_nationality"] = code
            values["verified_on"] = due + timedelta(days=rng.randint(30, 300))
            if values["verified_on"] > self.today:
                values["verified_on"] = self.today
        return values


OBJECTIONS = (
    "home address incomplete: village and police station needed",
    "photograph not attested by the jail superintendent",
    "nationality document missing: passport copy with the trial court",
    "name spelt differently in the judgment and the prison record",
    "court order not certified",
    "father's name not given",
    "forwarded to the wrong division",
)


CALL_OUTCOMES = (
    "no answer",
    "officer on leave; call next week",
    "file is under process",
    "asked to send the papers again",
    "told to write to the Ministry",
)


class _ChainWriter:
    """Movements along the route for a file, as they tend to go: late starts, desks that hold
    files for weeks, returns with objections and files sent back to desks they had left."""

    def __init__(self, rng: random.Random, today: date, desks: list[Desk]) -> None:
        self.rng = rng
        self.today = today
        self.desks = desks
        self.roles = {d.code: d.role for d in desks}
        self.routes = routes()

    def history(self, pf: PrisonerFile) -> tuple[PrisonerFile, list[Movement]]:
        """The file's movements, and the file as they leave it: whoever reached the border
        hand-over was repatriated that day."""
        due = file_release_due(pf)
        if due is None or pf.status in (Status.UNDER_TRIAL, Status.DECEASED, Status.TRANSFERRED):
            return pf, []
        if pf.ethnicity == "Rohingya":
            # No route home: the clinic's work for them is with UNHCR and the courts.
            return pf, []
        rng = self.rng
        # Late initiation is one of the case study's causes of overstay.
        start = due + timedelta(days=rng.randint(-90, 150))
        end = pf.released_on or self.today
        if start >= end:
            return pf, []
        country = home_country(pf)
        route = choose_route(self.routes, country)
        if route is None:
            return pf, []
        moves: list[Movement] = []
        day = start
        handed_over: date | None = None
        for stage in sorted({s.stage for s in route.steps}):
            finished = day
            for step in (s for s in route.steps if s.stage == stage and s.applies(country, False)):
                options = candidates(step.role, self.desks, pf.state, country)
                if not options:
                    continue
                if step.role is Role.BORDER:
                    # Not before the sentence is over: the demo transfers no one.
                    handed_over = self._hand_over(rng.choice(options), max(day, due), end, moves)
                    finished = handed_over or finished
                else:
                    finished = max(finished, self._step(rng.choice(options), day, end, moves))
            day = finished + timedelta(days=rng.randint(1, 10))
            if day >= end or handed_over:
                break
        if handed_over is not None:
            end = handed_over
            pf = pf.replace(status=Status.REPATRIATED, released_on=handed_over)
            verified = [
                m.on
                for m in moves
                if m.kind is MovementKind.CLEARED
                and self.roles.get(m.desk) is Role.HOME_VERIFICATION
            ]
            if verified:
                pf = pf.replace(verified_nationality=country, verified_on=min(verified))
        moves = [m for m in moves if m.on <= end]
        if pf.released_on is not None:
            # Whoever has left is no longer waiting on any desk: each desk still holding the
            # file lets it go that day. (Worked out on the movements up to that day: a desk that
            # would have cleared it later still has it.)
            moves += [
                Movement(code, MovementKind.CLEARED, pf.released_on)
                for code in current_holders(moves)
            ]
        return pf, moves

    def _hand_over(self, desk: Desk, day: date, end: date, moves: list[Movement]) -> date | None:
        """The escort to the border and the hand-over to the home country's guards, or None
        when that day has not come by `end`."""
        if day >= end:
            return None
        moves.append(Movement(desk.code, MovementKind.SENT, day, via=Via.BY_HAND))
        handed = min(day + timedelta(days=self.rng.randint(0, 3)), end)
        moves.append(Movement(desk.code, MovementKind.CLEARED, handed))
        return handed

    def calls(self, moves: list[Movement]) -> list[Activity]:
        """The caseworker's weekly calls to the desks still holding the file, most weeks;
        now and then a desk answers."""
        rng = self.rng
        calls = []
        for hold in derive_holds(moves):
            if hold.end is not None:
                continue
            day = hold.start + timedelta(days=7)
            while day <= self.today:
                if rng.random() < 0.7:
                    answered = rng.random() < 0.05
                    calls.append(
                        Activity(
                            ActivityKind.CALL,
                            day,
                            desk=hold.desk,
                            outcome=rng.choice(CALL_OUTCOMES) if not answered else "replied",
                            reply=answered,
                        )
                    )
                    if answered:
                        break
                day += timedelta(days=7 + rng.randint(-1, 2))
        return calls

    def _step(self, desk: Desk, day: date, end: date, moves: list[Movement]) -> date:
        rng = self.rng
        via = rng.choice((Via.POST, Via.EMAIL, Via.BY_HAND))
        moves.append(
            Movement(
                desk.code,
                MovementKind.SENT,
                day,
                via=via,
                letter_ref=f"CL/{day.year}/{rng.randint(100, 9999)}",
            )
        )
        if rng.random() < 0.4:
            moves.append(
                Movement(desk.code, MovementKind.ACKNOWLEDGED, day + timedelta(rng.randint(2, 12)))
            )
        for _ in range(3):
            held = max(1, int(rng.lognormvariate(math.log(desk.expected_days * 0.9), 0.7)))
            day = day + timedelta(days=held)
            if day >= end or rng.random() >= 0.18:
                break
            moves.append(
                Movement(desk.code, MovementKind.RETURNED, day, reason=rng.choice(OBJECTIONS))
            )
            day = day + timedelta(days=rng.randint(5, 40))
            moves.append(Movement(desk.code, MovementKind.SENT, day, via=via))
        moves.append(Movement(desk.code, MovementKind.CLEARED, day))
        return day


DEMO_CHUNK = 2000
"""Demo files written per transaction."""


class DemoService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def fill(
        self,
        cases: int,
        *,
        seed: int = 1,
        today: date | None = None,
        progress: Progress | None = None,
        batch: int = DEMO_CHUNK,
        into_real_database: bool = False,
    ) -> list[str]:
        """Add `cases` synthetic files, committed `batch` at a time so that another writer
        waits one chunk, never the whole run; returns their refs. A database holding files
        not made here is refused unless `into_real_database`: invented prisoners must never
        be counted, printed or chased with real ones."""
        if cases < 1:
            raise RepatriateError(f"--cases: {cases}: must be 1 or more")
        if not into_real_database:
            with self.store.reading() as session:
                real = FileRepository(session).count_not_starting(DEMO_PREFIX)
            if real:
                raise RepatriateError(
                    f"{self.store.describe()} holds {real} files not made by demo; put demo "
                    "files in a database of their own (`repatriate --db demo.sqlite3 init`), "
                    "or give --into-real-database"
                )
        today = today or date.today()
        generator = _Generator(seed, today)
        with self.store.reading() as session:
            chains = _ChainWriter(generator.rng, today, DeskRepository(session).all())
        refs: list[str] = []
        while len(refs) < cases:
            with self.store.unit_of_work() as session:
                files = FileRepository(session)
                # Numbered in the chunk's own transaction: another writer may have added demo
                # files since the last chunk.
                chunk_refs = files.new_refs(DEMO_PREFIX, min(batch, cases - len(refs)))
                drafts = [generator.file(ref) for ref in chunk_refs]
                histories = [chains.history(pf) for pf in drafts]
                chunk = [pf for pf, _ in histories]
                files.insert_many(chunk, batch=batch)
                ids = files.ids(pf.ref for pf in chunk)
                moves = {ids[pf.ref]: history for pf, history in histories}
                MovementRepository(session).insert_many(moves, new_files=True)
                FollowUpRepository(session).insert_activities(
                    {file_id: chains.calls(m) for file_id, m in moves.items()}
                )
                audit.record(session, AuditAction.IMPORT, None, f"demo, {len(chunk)} files")
            refs += chunk_refs
            if progress:
                progress(len(refs), cases)
        return refs
