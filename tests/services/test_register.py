"""The register the files table and the overview read: every file, its overstay, and its full
standing (flags, desks holding it, next follow-up)."""

from __future__ import annotations

from datetime import date

import pytest

from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.register import NO_DAY, RegisterColumns

TODAY = date(2026, 11, 25)


def held(ref: str, **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": "Salma Bibi",
        "claimed_nationality": "BD",
        "conviction_date": date(2025, 1, 1),
        "sentence": Sentence(months=6),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(held("K-1", court_nationality="BD", verified_nationality="MM"), TODAY)
    db.cases.add(held("K-2", status=Status.REPATRIATED, released_on=date(2025, 9, 1)), TODAY)
    db.cases.add(held("K-3", released_on=date(2026, 11, 20), status=Status.RELEASED), TODAY)
    db.cases.add(PrisonerFile(ref="K-4", name="Aung", status=Status.UNDER_TRIAL), TODAY)
    db.movements.move("K-1", "BDHC-DEL", on=date(2026, 9, 1), today=TODAY)
    return db


def test_summaries_carry_the_overstay_as_of_the_day(clinic: Database) -> None:
    rows = {row.ref: row for row in clinic.register.summaries(TODAY)}
    # Six months from 2025-01-01, the day of sentence counted: due 2025-06-30.
    assert rows["K-1"].release_due == date(2025, 6, 30)
    assert rows["K-1"].overstay_days == (TODAY - date(2025, 6, 30)).days == 513
    assert rows["K-1"].nationality == "MM"
    assert rows["K-1"].held
    # Repatriated: the overstay stays on the file, counted to the day they left.
    assert rows["K-2"].overstay_days == 63
    assert not rows["K-2"].held
    assert not rows["K-3"].held
    # Released after the day asked about: still held on it.
    assert {row.ref: row for row in clinic.register.summaries(date(2026, 11, 10))}["K-3"].held
    assert rows["K-4"].overstay_days is None
    assert rows["K-4"].status is Status.UNDER_TRIAL


def test_the_files_tables_columns_say_what_the_summaries_say(clinic: Database) -> None:
    columns = clinic.register.columns(TODAY)
    assert columns.refs == ["K-1", "K-2", "K-3", "K-4"]
    assert columns.nationalities == ["MM", "BD", "BD", ""]
    # K-1 due 2025-06-30 (see above), held 513 days past it; K-2 held 63 days past it until
    # it left; K-3 held until its release on 2026-11-20, before the day asked about, a year
    # and 143 days past it; K-4 has no date.
    assert columns.release_due[0] == date(2025, 6, 30).toordinal()
    assert list(columns.overstay) == [513, 63, 365 + 143, NO_DAY]
    assert list(columns.held) == [1, 0, 0, 1]
    assert columns.statuses == [
        Status.SENTENCE_COMPLETED,
        Status.REPATRIATED,
        Status.RELEASED,
        Status.UNDER_TRIAL,
    ]
    assert columns.holding == ["BDHC-DEL", "", "", ""]
    assert Flag.OVERSTAYING in columns.flags[0]
    assert columns.next_follow_up[0] <= TODAY.toordinal()
    assert columns.next_follow_up[3] == NO_DAY
    # On 2026-11-10 K-3 had not been released yet: still held, its overstay still counting.
    earlier = clinic.register.columns(date(2026, 11, 10))
    assert earlier.held[2] == 1
    assert earlier.overstay[2] == (date(2026, 11, 10) - date(2025, 6, 30)).days == 498


def test_a_sentence_ending_soon_shows_the_days_left(db: Database) -> None:
    # Six months from 2026-06-01: due 2026-11-30, five days after TODAY.
    db.cases.add(held("K-9", conviction_date=date(2026, 6, 1), status=Status.SERVING), TODAY)
    (due_in,) = db.register.columns(TODAY).due_in
    assert due_in == 5
    (overstay,) = db.register.columns(TODAY).overstay
    assert overstay == 0


def test_the_columns_are_in_ref_order_whatever_order_the_rows_are_read_in() -> None:
    # Two chunks as a driver gives them, out of ref order: SQLite's dates as ISO text,
    # PostgreSQL's as dates.
    def row(ref: str, due: object, released: object, status: str) -> tuple[object, ...]:
        flags = " overstaying "
        reasons = '[["held %1", [3]]]'
        return (ref, "Name", "", "BD", "Puzhal", status, due, released, "", "", flags, reasons,
                "", None)  # fmt: skip

    chunks = [
        [row("K-3", "2026-11-20", None, "serving"), row("K-1", date(2026, 6, 30), None, "")],
        [row("K-2", "2026-06-30", date(2026, 8, 1), "repatriated")],
    ]
    columns = RegisterColumns.of_rows(chunks, TODAY)
    assert columns.refs == ["K-1", "K-2", "K-3"]
    assert list(columns.release_due) == [
        date(2026, 6, 30).toordinal(),
        date(2026, 6, 30).toordinal(),
        date(2026, 11, 20).toordinal(),
    ]
    # K-1 (no status recorded) held since 2026-06-30: 148 days by 2026-11-25; K-2 held 32
    # days until it left on 2026-08-01; K-3 serving, due 5 days ago.
    assert list(columns.overstay) == [148, 32, 5]
    assert list(columns.held) == [1, 0, 1]
    assert columns.statuses == [None, Status.REPATRIATED, Status.SERVING]
    assert columns.flags == [(Flag.OVERSTAYING,)] * 3
    assert columns.reasons[0] is columns.reasons[2]


def test_standings_hold_flags_desks_and_the_next_follow_up(clinic: Database) -> None:
    standings = clinic.register.standings(TODAY)
    k1 = standings["K-1"]
    assert k1.holding == ("BDHC-DEL",)
    assert {f.flag for f in k1.flags} >= {
        Flag.OVERSTAYING,
        Flag.OVERSTAYING_LONG,
        Flag.STALLED,
        Flag.POSSIBLE_MISIDENTIFICATION,
    }
    assert k1.next_follow_up is not None and k1.next_follow_up <= TODAY
    assert standings["K-4"].holding == ()
    assert standings["K-4"].next_follow_up is None


def test_the_longest_overstays_read_first_are_the_top_of_the_whole_list(db: Database) -> None:
    for number in range(30):
        # Release dates a fortnight apart; every third person has gone home since.
        due_month = 1 + number % 12
        changes: dict[str, object] = {"conviction_date": date(2023 + number // 12, due_month, 1)}
        if number % 3 == 0:
            changes |= {"status": Status.REPATRIATED, "released_on": date(2026, 1, 1)}
        db.cases.add(held(f"K-{number:02}", **changes), TODAY)
    db.cases.add(PrisonerFile(ref="T-1", name="Aung", status=Status.UNDER_TRIAL), TODAY)

    def key(row: object) -> tuple[int, str]:
        return (-(row.overstay_days or 0), row.ref)  # type: ignore[attr-defined]

    everyone = sorted(db.register.summaries(TODAY), key=key)
    for enough in (1, 5, 12, 20):
        first = sorted(db.register.longest_overstays(TODAY, enough), key=key)
        assert len(first) >= enough
        assert first == everyone[: len(first)]
    # Fewer files than asked for: whatever can be vouched for.
    first = sorted(db.register.longest_overstays(TODAY, 1000), key=key)
    assert first == everyone[: len(first)]


def test_the_first_screen_reads_on_past_files_of_people_gone_home(db: Database) -> None:
    db.demo.fill(1500, today=TODAY)

    def key(row: object) -> tuple[int, str]:
        return (-(row.overstay_days or 0), row.ref)  # type: ignore[attr-defined]

    everyone = sorted(db.register.summaries(TODAY), key=key)
    first = sorted(db.register.longest_overstays(TODAY), key=key)
    assert len(first) >= 40
    assert first == everyone[: len(first)]
