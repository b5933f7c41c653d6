"""Demo data true to the law of its dates: charges under the law in force when the offence was
committed, no man in a women's prison, and no one handed over at the border still held."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from repatriate.domain.desks import MovementKind, Role
from repatriate.domain.prisoner import PrisonerFile, Sex, Status
from repatriate.resource_files import resource
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)
"""Arrests in the demo go back four years from here: 2022-11 to 2026-09, across both changes
of law."""

# When each Act cited in a charge was in force, inclusive; None: no end (or no start) in range.
IN_FORCE: dict[str, tuple[date | None, date | None]] = {
    # Bharatiya Nyaya Sanhita 2023 in force from 1 July 2024; the IPC for offences before.
    "IPC ": (None, date(2024, 6, 30)),
    "BNS ": (date(2024, 7, 1), None),
    # The Immigration and Foreigners Act 2025, in force from 1 September 2025, repealed both.
    "Foreigners Act 1946 ": (None, date(2025, 8, 31)),
    "Passport (Entry into India) Act 1920 ": (None, date(2025, 8, 31)),
    "Immigration and Foreigners Act 2025 ": (date(2025, 9, 1), None),
    "NDPS Act 1985 ": (None, None),
    "Arms Act 1959 ": (None, None),
    "IT Act 2000 ": (None, None),
    "Customs Act 1962 ": (None, None),
    "Official Secrets Act 1923 ": (None, None),
}


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, new_sqlite: Callable[[Path], str]
) -> Iterator[tuple[Database, list[str]]]:
    """600 demo files, seed 11, and their refs, shared by the tests that only read them."""
    db = Database.open(new_sqlite(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    try:
        yield db, db.demo.fill(600, seed=11, today=TODAY)
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo(demo_db: tuple[Database, list[str]]) -> list[PrisonerFile]:
    db, refs = demo_db
    return [db.cases.get(ref) for ref in refs]


def test_every_charge_cites_a_law_in_force_on_the_day_of_the_offence(
    demo: list[PrisonerFile],
) -> None:
    acts_seen = set()
    for pf in demo:
        act = next((a for a in IN_FORCE if pf.charge.startswith(a)), None)
        assert act is not None, f"{pf.ref}: {pf.charge}: not a law the test knows"
        since, until = IN_FORCE[act]
        assert pf.arrest_date is not None
        assert since is None or pf.arrest_date >= since, (pf.ref, pf.charge, pf.arrest_date)
        assert until is None or pf.arrest_date <= until, (pf.ref, pf.charge, pf.arrest_date)
        acts_seen.add(act)
    # Both sides of each change of law are in the sample, or the test proves nothing.
    assert {"IPC ", "BNS ", "Foreigners Act 1946 ", "Immigration and Foreigners Act 2025 "} <= (
        acts_seen
    )


def test_the_new_immigration_act_cites_its_section_for_entry_without_papers(
    demo: list[PrisonerFile],
) -> None:
    charges = {pf.charge for pf in demo if pf.charge.startswith("Immigration and Foreigners")}
    assert "Immigration and Foreigners Act 2025 s.21" in charges
    assert not any(c.startswith("Immigration and Foreigners Act 2025 s.14") for c in charges)


def test_no_man_is_held_in_a_womens_prison(demo: list[PrisonerFile]) -> None:
    people = json.loads(resource("demo", "people.json").read_text(encoding="utf-8"))
    womens = {
        p[1]
        for c in people["countries"].values()
        for p in c["prisons"]
        if "women" in p[2:] or "Women" in p[1]
    }
    assert "Tihar Central Jail No. 6" in womens
    men = [pf for pf in demo if pf.sex is not Sex.FEMALE]
    assert men and all(pf.prison not in womens for pf in men), [
        (pf.ref, pf.prison) for pf in men if pf.prison in womens
    ]
    assert any(pf.prison in womens for pf in demo if pf.sex is Sex.FEMALE)


def test_everyone_handed_over_at_the_border_is_repatriated_that_day(
    demo_db: tuple[Database, list[str]], demo: list[PrisonerFile]
) -> None:
    db, _ = demo_db
    border = {d.code for d in db.desks.directory() if d.role is Role.BORDER}
    handed_over = 0
    for pf in demo:
        ref = pf.ref
        moves = db.movements.where(ref, TODAY).chain.movements
        at_border = [m for m in moves if m.desk in border]
        if not at_border:
            continue
        handed_over += 1
        cleared = [m.on for m in at_border if m.kind is MovementKind.CLEARED]
        assert pf.status is Status.REPATRIATED, (ref, pf.status)
        assert cleared and pf.released_on == max(cleared), (ref, pf.released_on, cleared)
        assert all(m.on <= pf.released_on for m in moves), ref
        assert pf.released_on <= TODAY
        due = db.overstays.assess(ref, TODAY).reckoning.release_due
        assert due is not None and min(m.on for m in at_border) >= due, ref
    # Enough files reach the hand-over for the checks above to mean something.
    assert handed_over >= 5


def test_the_same_seed_gives_the_same_files(
    demo: list[PrisonerFile],
    tmp_path_factory: pytest.TempPathFactory,
    new_sqlite: Callable[[Path], str],
) -> None:
    db = Database.open(new_sqlite(tmp_path_factory.mktemp("seed") / "demo.sqlite3"))
    try:
        again = [db.cases.get(ref) for ref in db.demo.fill(600, seed=11, today=TODAY)]
    finally:
        db.close()
    assert [pf.replace(id=None) for pf in again] == [pf.replace(id=None) for pf in demo]


def test_no_one_who_has_left_is_still_waiting_at_a_desk(
    tmp_path_factory: pytest.TempPathFactory, new_sqlite: Callable[[Path], str]
) -> None:
    db = Database.open(new_sqlite(tmp_path_factory.mktemp("left") / "demo.sqlite3"))
    try:
        refs = db.demo.fill(400, seed=5, today=TODAY)
        gone = [pf for pf in map(db.cases.get, refs) if pf.status and not pf.status.still_held]
        assert len(gone) > 50
        for pf in gone:
            holding = db.movements.where(pf.ref, TODAY).chain.holding
            assert holding == (), (pf.ref, pf.status, [h.desk for h in holding])
    finally:
        db.close()


def test_no_rohingya_is_verified_as_myanmar_s_or_sent_back(demo: list[PrisonerFile]) -> None:
    rohingya = [pf for pf in demo if pf.ethnicity == "Rohingya"]
    assert len(rohingya) > 10
    for pf in rohingya:
        assert pf.verified_nationality != "MM", pf.ref
        assert pf.status is not Status.REPATRIATED, pf.ref
    assert any(pf.status is Status.IN_DETENTION_CENTRE for pf in rohingya)
