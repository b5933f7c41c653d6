"""The advocacy pack's figures on a small database, counted by hand."""

from __future__ import annotations

from datetime import date

from repatriate.domain.advocacy import Obstacle, band, obstacle_of, parse_dimensions
from repatriate.domain.desks import MovementKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.advocacy import AdvocacyService, csv_text, obstacles
from repatriate.services.database import Database

AS_OF = date(2026, 1, 15)
SENT, RETURNED = MovementKind.SENT, MovementKind.RETURNED


def prisoner(
    ref: str, nationality: str, state: str, convicted: date, **more: object
) -> PrisonerFile:
    # Six months counting the day of sentence: due the day before the same day six months on.
    fields: dict[str, object] = {
        "ref": ref,
        "name": f"Person {ref}",
        "prisoner_number": f"UT/{ref}",
        "claimed_nationality": nationality,
        "state": state,
        "prison": "Central Jail",
        "conviction_date": convicted,
        "sentence": Sentence(months=6),
        "status": Status.SENTENCE_COMPLETED,
    }
    fields.update(more)
    return PrisonerFile(**fields)  # type: ignore[arg-type]


def small_clinic(db: Database) -> AdvocacyService:
    """A: BD, West Bengal, due 2025-06-30, 199 days past on 2026-01-15.
    B: BD, West Bengal, due 2025-12-31, 15 days past.
    C: NP, Bihar, due 2024-06-30, 564 days past, still at MHA-FD since 2025-01-01.
    D: BD, Assam, due 2025-06-30, released 2025-10-01.
    E: PK, Rajasthan, due 2026-03-31: not yet due."""
    for pf in (
        prisoner("A", "BD", "West Bengal", date(2025, 1, 1)),
        prisoner("B", "BD", "West Bengal", date(2025, 7, 1)),
        prisoner("C", "NP", "Bihar", date(2024, 1, 1)),
        prisoner(
            "D",
            "BD",
            "Assam",
            date(2025, 1, 1),
            status=Status.RELEASED,
            released_on=date(2025, 10, 1),
        ),
        prisoner("E", "PK", "Rajasthan", date(2025, 10, 1)),
    ):
        db.cases.add(pf, AS_OF)
    for ref, desk, kind, on, note in (
        ("A", "MHA-FD", SENT, "2025-07-01", ""),
        ("A", "MHA-FD", RETURNED, "2025-07-11", "[photo] the face cannot be made out"),
        ("A", "MHA-FD", SENT, "2025-08-01", ""),
        ("A", "MHA-FD", RETURNED, "2025-08-21", "Address incomplete: no police station"),
        ("C", "MHA-FD", SENT, "2025-01-01", ""),
        ("B", "WB-HOME", SENT, "2025-12-01", ""),
        ("B", "WB-HOME", RETURNED, "2025-12-05", "Awaiting embassy reply"),
    ):
        db.movements.move(ref, desk, kind=kind, on=date.fromisoformat(on), note=note, today=AS_OF)
    return AdvocacyService(db.store, db.desks)


def test_bands_by_nationality_state_and_desk(db: Database) -> None:
    pack = small_clinic(db).pack(AS_OF)
    assert pack.held_past_release == 3
    assert {b.group: b.counts for b in pack.bands} == {
        ("BD", "West Bengal", "(none)"): (1, 0, 1, 0),
        ("NP", "Bihar", "MHA-FD"): (0, 0, 0, 1),
    }
    by_nationality = AdvocacyService(db.store, db.desks).pack(AS_OF, ("nationality",))
    assert [(b.group, b.counts, b.total) for b in by_nationality.bands] == [
        (("BD",), (1, 0, 1, 0), 2),
        (("NP",), (0, 0, 0, 1), 1),
    ]


def test_desk_median_percentile_and_returns(db: Database) -> None:
    pack = small_clinic(db).pack(AS_OF)
    desks = {d.desk: d for d in pack.desks}
    # MHA-FD held files 10, 20 and (open since 2025-01-01) 379 days: the median is 20; the
    # 90th percentile sits 0.8 of the way from 20 to 379.
    assert desks["MHA-FD"].median_days == 20
    assert desks["MHA-FD"].p90_days == 307.2
    assert desks["MHA-FD"].returns == 2
    assert (desks["WB-HOME"].median_days, desks["WB-HOME"].returns) == (4, 1)


def test_longest_cases_and_obstacles(db: Database) -> None:
    pack = small_clinic(db).pack(AS_OF)
    assert [(c.ref, c.overstay_days, c.holding) for c in pack.longest] == [
        ("C", 564, "MHA-FD"),
        ("A", 199, "(none)"),
        ("B", 15, "(none)"),
    ]
    returns = {o.code: (o.returns, o.files) for o in pack.obstacles}
    assert returns["photo"] == (1, 1)
    assert returns["address"] == (1, 1)
    assert returns["embassy"] == (1, 1)
    assert sum(r for r, _ in returns.values()) == 3


def test_quarter_trend(db: Database) -> None:
    pack = small_clinic(db).pack(AS_OF)
    assert [(q.label, q.end, q.past_release, q.new_overstays) for q in pack.quarters] == [
        ("2024-Q2", date(2024, 6, 30), 0, 0),
        ("2024-Q3", date(2024, 9, 30), 1, 1),
        ("2024-Q4", date(2024, 12, 31), 1, 0),
        ("2025-Q1", date(2025, 3, 31), 1, 0),
        ("2025-Q2", date(2025, 6, 30), 1, 0),
        # A and D from 1 July; D released on 1 October.
        ("2025-Q3", date(2025, 9, 30), 3, 2),
        ("2025-Q4", date(2025, 12, 31), 2, 0),
        ("2026-Q1", AS_OF, 3, 1),
    ]


def test_anonymised_unless_names_are_asked_for(db: Database) -> None:
    service = small_clinic(db)
    anonymous = csv_text(service.pack(AS_OF))
    assert "Person" not in anonymous and "UT/" not in anonymous
    assert "\nC,NP,Bihar,2024-06-30,564,MHA-FD\n" in anonymous
    named = csv_text(service.pack(AS_OF, names=True))
    assert "\nC,NP,Bihar,2024-06-30,564,MHA-FD,Person C,UT/C\n" in named


def test_reasons_are_filed_by_code_then_label_then_words() -> None:
    categories = obstacles()
    assert obstacle_of("[court] order awaited", categories) == "court"
    assert obstacle_of("[COURT]", categories) == "court"
    assert obstacle_of("Photo unclear again", categories) == "photo"
    assert obstacle_of("photograph not attested", categories) == "photo"
    assert obstacle_of("[nonsense] no idea", categories) == "other"
    # A reason naming two categories goes to the one listed first.
    assert obstacle_of("awaiting embassy reply on the address", categories) == "address"
    assert obstacle_of("", (Obstacle("x", "x"),)) == "other"


def test_bands_and_dimensions() -> None:
    assert [band(d) for d in (1, 90, 91, 180, 181, 365, 366)] == [
        "up to 90",
        "up to 90",
        "91 to 180",
        "91 to 180",
        "181 to 365",
        "181 to 365",
        "over 365",
    ]
    assert parse_dimensions("desk, Nationality") == ("desk", "nationality")
