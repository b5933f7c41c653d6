"""The weekly agenda from the database: generated from the desk chain, stopped by replies,
restarted by moves, snoozed, and written to a calendar another program can read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import vobject

from repatriate.domain.desks import MovementKind
from repatriate.domain.errors import InvalidInput, NotFound
from repatriate.domain.followups import ActivityKind, FollowUpKind, Lever
from repatriate.domain.prisoner import ConsularAccess, PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.followups import parse_week, week_of
from repatriate.terminal import describe_agenda

TODAY = date(2026, 11, 25)  # a Wednesday


def held(ref: str, name: str = "Salma Bibi", **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": name,
        "claimed_nationality": "BD",
        "state": "West Bengal",
        "conviction_date": date(2025, 1, 1),
        "sentence": Sentence(months=6),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(held("K-1"), TODAY)
    db.cases.add(held("K-2", "Nur Alam"), TODAY)
    db.cases.add(
        held("K-3", "Ayub", status=Status.REPATRIATED, released_on=date(2026, 11, 1)), TODAY
    )
    for ref in ("K-1", "K-2", "K-3"):
        db.movements.move(ref, "BDHC-DEL", on=date(2026, 10, 5), today=TODAY)  # a Monday
    db.movements.move("K-1", "MHA-FD", on=date(2026, 11, 10), today=TODAY)
    return db


def agenda(db: Database, day: date = TODAY) -> list[tuple[str, str, date, int]]:
    return [(i.desk, i.ref, i.due, i.overdue_days) for i in db.followups.agenda(week_of(day))]


def test_every_desk_holding_an_open_file_is_chased_weekly(clinic: Database) -> None:
    assert agenda(clinic) == [
        ("BDHC-DEL", "K-1", date(2026, 10, 12), 44),
        ("BDHC-DEL", "K-2", date(2026, 10, 12), 44),
        ("MHA-FD", "K-1", date(2026, 11, 17), 8),
    ]


def test_marking_done_logs_the_call_and_schedules_the_next(clinic: Database) -> None:
    call = clinic.followups.log(
        "K-1",
        ActivityKind.CALL,
        desk="BDHC-DEL",
        on=TODAY,
        outcome="consular officer on leave",
        today=TODAY,
    )
    assert call.id is not None
    assert [r for r in agenda(clinic) if r[:2] == ("BDHC-DEL", "K-1")] == []
    assert ("BDHC-DEL", "K-1", date(2026, 11, 30), 0) in agenda(clinic, date(2026, 11, 30))
    assert [a.outcome for a in clinic.followups.activities("K-1")] == ["consular officer on leave"]


def test_a_reply_stops_it_and_the_next_move_restarts_it(clinic: Database) -> None:
    clinic.followups.log(
        "K-2", ActivityKind.LETTER, desk="BDHC-DEL", reply=True, on=date(2026, 11, 20), today=TODAY
    )
    assert [r for r in agenda(clinic) if r[1] == "K-2"] == []
    clinic.movements.move(
        "K-2", "BDHC-DEL", kind=MovementKind.CLEARED, on=date(2026, 11, 21), today=TODAY
    )
    clinic.movements.move("K-2", "BDHC-DEL", on=date(2026, 11, 23), today=TODAY)
    assert [r for r in agenda(clinic, date(2026, 12, 2)) if r[1] == "K-2"] == [
        ("BDHC-DEL", "K-2", date(2026, 11, 30), 2)
    ]


def test_snooze_and_close(clinic: Database) -> None:
    clinic.followups.snooze("K-1", "BDHC-DEL", date(2026, 11, 27))
    assert ("BDHC-DEL", "K-1", date(2026, 11, 27), 0) in agenda(clinic)
    clinic.followups.snooze("K-1", "BDHC-DEL", date(2026, 12, 10))
    assert [r for r in agenda(clinic) if r[:2] == ("BDHC-DEL", "K-1")] == []
    clinic.followups.close("K-2", "BDHC-DEL", on=TODAY)
    assert [r for r in agenda(clinic) if r[1] == "K-2"] == []


def test_a_snooze_a_close_and_a_logged_call_can_be_undone(clinic: Database) -> None:
    before = agenda(clinic)
    first = clinic.followups.snooze("K-1", "BDHC-DEL", date(2026, 12, 10))
    second = clinic.followups.snooze("K-1", "BDHC-DEL", date(2026, 12, 20))
    clinic.followups.undo_change("K-1", second)
    assert clinic.followups.follow_ups("K-1")[-1].snoozed_until == date(2026, 12, 10)
    clinic.followups.undo_change("K-1", first)
    assert clinic.followups.follow_ups("K-1") == []
    closed = clinic.followups.close("K-2", "BDHC-DEL", on=TODAY)
    clinic.followups.undo_change("K-2", closed)
    assert agenda(clinic) == before

    call = clinic.followups.log("K-2", ActivityKind.CALL, desk="BDHC-DEL", today=TODAY)
    assert ("BDHC-DEL", "K-2", date(2026, 10, 12), 44) not in agenda(clinic)
    clinic.followups.undo_log("K-2", call)
    assert clinic.followups.activities("K-2") == []
    assert agenda(clinic) == before

    rti = clinic.followups.log("K-1", ActivityKind.RTI_REQUEST, desk="MHA-FD", today=TODAY)
    assert [f.kind for f in clinic.followups.follow_ups("K-1")] == [FollowUpKind.REPLY_DUE]
    clinic.followups.undo_log("K-1", rti)
    assert clinic.followups.activities("K-1") == []
    assert clinic.followups.follow_ups("K-1") == []


def test_one_off_recurring_and_rti_follow_ups(clinic: Database) -> None:
    clinic.followups.add("K-1", date(2026, 11, 27), title="hearing at Bongaon court")
    clinic.followups.add(
        "K-2",
        date(2026, 11, 3),
        title="call the family",
        desk="BDDHC-KOL",
        rule="FREQ=WEEKLY;BYDAY=TU",
    )
    rti = clinic.followups.log(
        "K-2", ActivityKind.RTI_REQUEST, desk="MHA-FD", on=date(2026, 10, 26), today=TODAY
    )
    assert rti.reply_due == date(2026, 11, 25)
    items = {(i.ref, i.kind): i for i in clinic.followups.agenda(week_of(TODAY))}
    assert items[("K-1", FollowUpKind.ONE_OFF)].due == date(2026, 11, 27)
    assert items[("K-2", FollowUpKind.RECURRING)].due == date(2026, 11, 3)
    assert items[("K-2", FollowUpKind.REPLY_DUE)].due == date(2026, 11, 25)
    with pytest.raises(InvalidInput, match="rule: FREQ=FORTNIGHTLY: not an RRULE"):
        clinic.followups.add("K-1", TODAY, title="x", rule="FREQ=FORTNIGHTLY")


def test_unanswered_calls_suggest_a_lever_and_escalations_are_recorded(
    clinic: Database,
) -> None:
    for week in range(6):
        clinic.followups.log(
            "K-2",
            ActivityKind.CALL,
            desk="BDHC-DEL",
            on=date(2026, 10, 12 + 7 * week) if week < 3 else date(2026, 11, 2 + 7 * (week - 3)),
            today=TODAY,
        )
    item = next(i for i in clinic.followups.agenda(week_of(TODAY)) if i.ref == "K-2")
    assert (item.unanswered, item.escalate) == (6, Lever.SENIOR_OFFICIAL)
    # Six weekly chases, six weeks (12 October to 16 November): the setting counts chases.
    assert "6 weekly follow-ups unanswered: consider senior official" in describe_agenda(
        [item], "2026-W48", TODAY
    )
    clinic.followups.log(
        "K-2",
        ActivityKind.ESCALATION,
        lever=Lever.SENIOR_OFFICIAL,
        outcome="wrote to the Joint Secretary",
        today=TODAY,
    )
    item = next(i for i in clinic.followups.agenda(week_of(TODAY)) if i.ref == "K-2")
    assert item.escalate is Lever.NHRC
    with pytest.raises(InvalidInput, match="lever"):
        clinic.followups.log("K-2", ActivityKind.ESCALATION, today=TODAY)


def test_consular_access_is_noted_on_the_file(clinic: Database) -> None:
    clinic.followups.log(
        "K-1",
        ActivityKind.CONSULAR_ACCESS_PHONE,
        desk="BDHC-DEL",
        on=date(2026, 11, 3),
        today=TODAY,
    )
    pf = clinic.cases.get("K-1")
    assert (pf.consular_access_on, pf.consular_access) == (date(2026, 11, 3), ConsularAccess.PHONE)


def test_bad_activity_input_is_refused(clinic: Database) -> None:
    with pytest.raises(InvalidInput) as caught:
        clinic.followups.log(
            "K-1",
            ActivityKind.CALL,
            on=date(2027, 1, 1),
            reply=True,
            lever=Lever.COURT,
            today=TODAY,
        )
    assert {e.field for e in caught.value.errors} == {"date", "desk", "lever"}
    assert clinic.followups.activities("K-1") == []
    with pytest.raises(InvalidInput, match="week: 2026-48: not an ISO week"):
        parse_week("2026-48", TODAY)
    assert parse_week("2026-W48", TODAY).monday == date(2026, 11, 23)


def test_the_calendar_reads_back_with_refs_and_desks_only(clinic: Database, tmp_path: Path) -> None:
    items = clinic.followups.agenda(week_of(TODAY))
    path = tmp_path / "week.ics"
    assert clinic.followups.write_ics(items, path) == 3
    # Read back by another library than the one that wrote it.
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    events = calendar.vevent_list
    assert [e.summary.value for e in events] == [
        "Follow up K-1 with BDHC-DEL",
        "Follow up K-2 with BDHC-DEL",
        "Follow up K-1 with MHA-FD",
    ]
    assert events[0].dtstart.value == date(2026, 10, 12)
    assert events[0].dtend.value == date(2026, 10, 13)
    assert "overdue by 44 days" in events[0].description.value
    assert "Salma" not in path.read_text(encoding="utf-8")
    uids = [e.uid.value for e in events]
    assert len(set(uids)) == 3
    clinic.followups.write_ics(items, path, with_names=True)
    assert "Salma Bibi" in path.read_text(encoding="utf-8")
    # The same follow-ups exported again keep their UIDs: a calendar updates its events
    # instead of adding them twice.
    again = vobject.readOne(path.read_text(encoding="utf-8")).vevent_list
    assert [e.uid.value for e in again] == uids


def test_activity_dates_lie_between_the_arrest_and_today(db: Database) -> None:
    db.cases.add(held("K-9", arrest_date=date(2024, 5, 2)), TODAY)
    with pytest.raises(InvalidInput) as caught:
        db.followups.log("K-9", ActivityKind.CALL, on=date(2024, 5, 1), today=TODAY)
    assert [str(e) for e in caught.value.errors] == [
        "date: 2024-05-01: before the arrest on 2024-05-02"
    ]
    with pytest.raises(InvalidInput, match="date: 2026-11-26: in the future"):
        db.followups.log("K-9", ActivityKind.CALL, on=date(2026, 11, 26), today=TODAY)
    assert db.followups.activities("K-9") == []
    db.followups.log("K-9", ActivityKind.CALL, on=date(2024, 5, 2), today=TODAY)
    assert [a.on for a in db.followups.activities("K-9")] == [date(2024, 5, 2)]


def test_deleting_a_movement_rewrites_the_holds_and_notes_a_correction(clinic: Database) -> None:
    mha = next(m for m in clinic.movements.where("K-1").chain.movements if m.desk == "MHA-FD")
    assert mha.id is not None
    clinic.movements.delete("K-1", mha.id, today=TODAY)
    assert [h.desk for h in clinic.movements.where("K-1", TODAY).chain.holding] == ["BDHC-DEL"]
    assert ("MHA-FD", "K-1", date(2026, 11, 17), 8) not in agenda(clinic)
    (note,) = clinic.followups.activities("K-1")
    assert (note.kind, note.on, note.desk) == (ActivityKind.CORRECTION, TODAY, "MHA-FD")
    assert note.outcome == "deleted the movement: sent MHA-FD on 2026-11-10"
    with pytest.raises(NotFound, match=f"movement: {mha.id}: no such movement on K-1"):
        clinic.movements.delete("K-1", mha.id)
    assert note.id is not None
    with pytest.raises(InvalidInput, match="the file's corrections are kept"):
        clinic.followups.delete_activity("K-1", note.id)


def test_a_refused_correction_leaves_the_movement_as_it_was(clinic: Database) -> None:
    mha = next(m for m in clinic.movements.where("K-1").chain.movements if m.desk == "MHA-FD")
    assert mha.id is not None
    with pytest.raises(InvalidInput, match="note: : say what the objection was"):
        clinic.movements.correct(
            "K-1", mha.id, "MHA-FD", kind=MovementKind.RETURNED, on=mha.on, today=TODAY
        )
    assert mha in clinic.movements.where("K-1", TODAY).chain.movements
    assert clinic.followups.activities("K-1") == []
