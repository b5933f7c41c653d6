"""Recording movements and reading the chain and the dwell figures back from the database."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from repatriate.domain.desks import Desk, MovementKind, Role
from repatriate.domain.errors import FieldError, InvalidInput, NotFound
from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.factsheets import chain_lines

TODAY = date(2026, 11, 22)
SENT, RETURNED, FORWARDED, CLEARED = (
    MovementKind.SENT,
    MovementKind.RETURNED,
    MovementKind.FORWARDED,
    MovementKind.CLEARED,
)


def prisoner(ref: str, nationality: str = "BD", state: str = "West Bengal") -> PrisonerFile:
    return PrisonerFile(
        ref=ref,
        name=f"Person {ref}",
        claimed_nationality=nationality,
        state=state,
        prison="Dum Dum Central Correctional Home",
        conviction_date=date(2025, 1, 1),
        sentence=Sentence(months=6),
        status=Status.SENTENCE_COMPLETED,
    )


def moves(db: Database, ref: str, *steps: tuple[str, MovementKind, str, str]) -> None:
    for desk, kind, on, note in steps:
        db.movements.move(ref, desk, kind=kind, on=date.fromisoformat(on), note=note, today=TODAY)


def test_a_new_database_has_the_shipped_directory(db: Database) -> None:
    codes = {d.code for d in db.desks.directory()}
    assert {
        "MHA-FD",
        "MEA-CPV",
        "BDHC-DEL",
        "BDDHC-KOL",
        "EMB-NP",
        "EMB-MM",
        "HC-NG",
        "HC-PK",
        "EMB-AF",
        "HC-LK",
        "WB-HOME",
        "RJ-HOME",
        "DL-HOME",
        "AS-HOME",
        "TN-HOME",
        "FRRO-KOL",
    } <= codes
    assert all(d.source for d in db.desks.directory())


def test_desks_are_found_by_code_or_unique_name(db: Database) -> None:
    assert db.desks.find("mha-fd").code == "MHA-FD"
    assert db.desks.find("Foreigners Division").code == "MHA-FD"
    assert db.desks.find("High Commission of Pakistan").code == "HC-PK"
    with pytest.raises(InvalidInput, match="matches several desks"):
        db.desks.find("Embassy")
    with pytest.raises(NotFound, match="desk: Ministry of Magic"):
        db.desks.find("Ministry of Magic")


def test_where_shows_holders_route_and_history(db: Database) -> None:
    db.cases.add(prisoner("K-1"), TODAY)
    moves(
        db,
        "K-1",
        ("WB-PRISONS", SENT, "2026-01-05", ""),
        ("WB-PRISONS", CLEARED, "2026-01-20", ""),
        ("WB-HOME", SENT, "2026-01-21", ""),
        ("MHA-FD", FORWARDED, "2026-02-10", ""),
        ("MHA-FD", RETURNED, "2026-03-10", "address incomplete"),
        ("MHA-FD", SENT, "2026-04-01", ""),
        ("BDHC-DEL", SENT, "2026-04-01", ""),
    )
    where = db.movements.where("K-1", TODAY)
    assert [(h.desk, h.days(TODAY)) for h in where.chain.holding] == [
        ("MHA-FD", 235),
        ("BDHC-DEL", 235),
    ]
    assert where.chain.comebacks == 1 and where.chain.objections == 1
    assert where.chain.movements[4].reason == "address incomplete"
    assert where.progress is not None and where.progress.route.code == "IN-BD"
    # The MHA and the High Commission have the file: the state steps are behind it.
    assert [s.key for s in where.progress.done] == [
        "prison-report",
        "state-home",
        "police-verification",
    ]
    assert [s.key for s in where.progress.current] == ["mha", "embassy"]
    assert dict((s.key, [d.code for d in ds]) for s, ds in where.next_desks) == {"mea": ["MEA-BM"]}
    assert {s.hold.desk for s in where.stalls} == {"MHA-FD", "BDHC-DEL"}
    assert chain_lines(where)[-1] == (
        "Steps completed: 3 of 13. In progress: Ministry of Home Affairs (Foreigners Division) "
        "sends the confirmation the state waits for; Bangladesh High Commission receives the "
        "fact sheet and photographs"
    )
    flags = {f.flag: f.reason for f in db.overstays.assess("K-1", TODAY).flags}
    assert "MHA-FD has held it 235 days (expected 45)" in flags[Flag.STALLED]
    assert Flag.RELEASE_SOON_NOT_STARTED not in flags


def test_bad_movements_are_refused_with_the_field_named(db: Database) -> None:
    db.cases.add(prisoner("K-2"), TODAY)
    moves(db, "K-2", ("MHA-FD", SENT, "2026-03-01", ""), ("BDHC-DEL", SENT, "2026-03-01", ""))
    with pytest.raises(InvalidInput) as caught:
        db.movements.move("K-2", "FRRO-KOL", kind=FORWARDED, on=date(2026, 3, 5), today=TODAY)
    assert caught.value.errors == [
        FieldError("from", "(none given)", "held by MHA-FD, BDHC-DEL: say which forwarded it")
    ]
    with pytest.raises(InvalidInput, match="note: : say what the objection was"):
        db.movements.move("K-2", "MHA-FD", kind=RETURNED, on=date(2026, 3, 5), today=TODAY)
    with pytest.raises(InvalidInput, match="date: 2026-12-01: in the future"):
        db.movements.move("K-2", "MHA-FD", on=date(2026, 12, 1), today=TODAY)
    with pytest.raises(NotFound, match="ref: NOBODY"):
        db.movements.move("NOBODY", "MHA-FD", today=TODAY)
    assert len(db.movements.where("K-2", TODAY).chain.movements) == 2
    forwarded = db.movements.move(
        "K-2", "FRRO-KOL", kind=FORWARDED, on=date(2026, 3, 5), from_desk="MHA-FD", today=TODAY
    )
    assert forwarded.from_desk == "MHA-FD"
    holding = [h.desk for h in db.movements.where("K-2", TODAY).chain.holding]
    assert holding == ["BDHC-DEL", "FRRO-KOL"]


def test_dwell_figures_match_a_hand_count(db: Database) -> None:
    """Three files at the MHA, as counted on paper:
    K-1 held 2026-01-01 to 2026-01-31 (30 days), returned it; back 2026-02-10 to 2026-03-12
    (30 days, a comeback); K-2 held 2026-01-01 to 2026-04-11 (100 days); K-3 held since
    2026-10-01: 52 days on 2026-11-22, longer than the MHA's expected 45 days.
    Holds: 30, 30, 100, 52 -> median 41, 90th percentile 52 + 0.7 * 48 = 85.6."""
    for ref, nationality in (("K-1", "BD"), ("K-2", "BD"), ("K-3", "NP")):
        db.cases.add(prisoner(ref, nationality), TODAY)
    moves(
        db,
        "K-1",
        ("MHA-FD", SENT, "2026-01-01", ""),
        ("MHA-FD", RETURNED, "2026-01-31", "court order not certified"),
        ("MHA-FD", SENT, "2026-02-10", ""),
        ("MHA-FD", CLEARED, "2026-03-12", ""),
    )
    moves(db, "K-2", ("MHA-FD", SENT, "2026-01-01", ""), ("MHA-FD", CLEARED, "2026-04-11", ""))
    moves(db, "K-3", ("MHA-FD", SENT, "2026-10-01", ""))
    (mha,) = [d for d in db.desks.dwell(TODAY) if d.desk == "MHA-FD"]
    assert (mha.holds, mha.median_days, mha.returns, mha.comebacks) == (4, 41, 1, 1)
    assert mha.p90_days == pytest.approx(85.6)
    assert (mha.held_now, mha.stalled_now) == (1, 1)

    (bd,) = db.desks.dwell(TODAY, nationality="Bangladesh")
    assert (bd.holds, bd.median_days, bd.held_now) == (3, 30, 0)
    (since_march,) = db.desks.dwell(TODAY, since=date(2026, 2, 1))
    assert (since_march.holds, since_march.median_days) == (2, 41)
    assert db.desks.dwell(TODAY, state="Rajasthan") == []
    (earlier,) = db.desks.dwell(date(2026, 1, 21))
    assert (earlier.holds, earlier.median_days, earlier.held_now) == (2, 20, 2)


def test_desks_can_be_added_and_edited(db: Database) -> None:
    added = db.desks.add(
        Desk(
            "KL-HOME",
            "Home Department",
            "Government of Kerala",
            Role.STATE_HOME,
            state="Kerala",
            expected_days=40,
        )
    )
    assert db.desks.find("KL-HOME").expected_days == 40
    db.desks.save(dataclasses.replace(added, expected_days=20))
    assert db.desks.find("KL-HOME").expected_days == 20
    with pytest.raises(InvalidInput, match="code: KL HOME: required, without spaces"):
        db.desks.add(Desk("KL HOME", "x", "y", Role.OTHER))


def test_where_as_of_a_day_counts_only_the_movements_up_to_it(db: Database) -> None:
    db.cases.add(prisoner("K-4"), TODAY)
    moves(
        db,
        "K-4",
        ("WB-PRISONS", SENT, "2026-01-05", ""),
        ("WB-PRISONS", CLEARED, "2026-01-20", ""),
        ("WB-HOME", SENT, "2026-01-21", ""),
        ("MHA-FD", FORWARDED, "2026-02-10", ""),
        ("MHA-FD", RETURNED, "2026-03-10", "address incomplete"),
        ("MHA-FD", SENT, "2026-04-01", ""),
    )
    then = db.movements.where("K-4", date(2026, 3, 1))
    assert [(h.desk, h.days(then.chain.as_of)) for h in then.chain.holding] == [("MHA-FD", 19)]
    assert then.chain.objections == 0 and then.chain.comebacks == 0
    assert then.later_movements == 2
    assert then.progress is not None
    assert [s.key for s in then.progress.current] == ["mha"]
    assert then.stalls == ()
    now = db.movements.where("K-4", TODAY)
    assert now.later_movements == 0 and now.chain.objections == 1


def test_the_nepal_route_and_the_mission_notes(db: Database) -> None:
    db.cases.add(prisoner("K-5", nationality="NP", state="Bihar"), TODAY)
    moves(db, "K-5", ("EMB-NP", SENT, "2026-06-01", ""))
    where = db.movements.where("K-5", TODAY)
    assert where.progress is not None and where.progress.route.code == "IN-NP"
    assert dict((s.key, [d.code for d in ds]) for s, ds in where.next_desks) == {
        "prison-report": ["BR-PRISONS"]
    }
    assert [d.code for d in where.country_notes] == ["EMB-NP"]
    db.cases.add(prisoner("K-6", nationality="AF", state="Delhi"), TODAY)
    notes = db.movements.where("K-6", TODAY).country_notes
    assert [d.code for d in notes] == ["EMB-AF"]
    assert "take complete ownership of the process" in notes[0].notes


def test_movement_dates_lie_between_the_arrest_and_today(db: Database) -> None:
    db.cases.add(dataclasses.replace(prisoner("K-7"), arrest_date=date(2024, 5, 2)), TODAY)
    with pytest.raises(InvalidInput) as caught:
        db.movements.move("K-7", "WB-HOME", on=date(2024, 5, 1), today=TODAY)
    assert [str(e) for e in caught.value.errors] == [
        "date: 2024-05-01: before the arrest on 2024-05-02"
    ]
    with pytest.raises(InvalidInput, match="date: 2026-11-23: in the future"):
        db.movements.move("K-7", "WB-HOME", on=date(2026, 11, 23), today=TODAY)
    assert db.movements.where("K-7", TODAY).chain.movements == ()
    db.movements.move("K-7", "WB-HOME", on=date(2024, 5, 2), today=TODAY)
    assert len(db.movements.where("K-7", TODAY).chain.movements) == 1


def test_an_empty_desk_is_asked_for_not_matched_against_every_desk(db: Database) -> None:
    with pytest.raises(InvalidInput, match=r"^desk: +: required: a desk code or name$"):
        db.desks.find("  ")
