"""RTI applications and travel documents from the database: due dates at the office's state
calendar, the flags `rti-overdue` and `travel-document-expiring` stored and cleared in the
same transaction as the change, the day they fall due refreshing them, and the command line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate.domain.errors import InvalidInput, NotFound
from repatriate.domain.prisoner import PrisonerFile, Status
from repatriate.domain.rti import RtiApplication
from repatriate.domain.travel import TravelDocument, TravelDocumentKind
from repatriate.services.database import Database
from repatriate.storage.files import FileRepository
from repatriate.storage.standings import StandingRepository, StoredStanding

TODAY = date.today()


def stored(db: Database, ref: str) -> StoredStanding:
    with db.store.reading() as session:
        file_id = FileRepository(session).ids([ref])[ref]
        return StandingRepository(session).stored([file_id])[file_id]


def assessed(db: Database, ref: str, as_of: date) -> StoredStanding:
    with db.store.reading() as session:
        file_id = FileRepository(session).ids([ref])[ref]
        return db.standings.assess(session, [file_id], as_of)[file_id]


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(
        PrisonerFile(
            ref="K-1", name="Salma Bibi", claimed_nationality="BD", status=Status.UNDER_TRIAL
        )
    )
    return db


# Received Thursday 16 July 2026: 30 days later is Saturday 15 August, Independence Day, then
# Sunday 16 August; the West Bengal Home Department's reply is due Monday 17 August 2026.
APPLICATION = RtiApplication(
    desk="WB-HOME",
    filed_on=date(2026, 7, 10),
    received_on=date(2026, 7, 16),
    subject="the status of the repatriation",
)


def test_an_unanswered_rti_is_overdue_the_day_after_its_holiday_moved_date(
    clinic: Database,
) -> None:
    added = clinic.rti.add("K-1", APPLICATION)
    assert added.clocks.reply.due == date(2026, 8, 17)
    assert "rti-overdue" not in assessed(clinic, "K-1", date(2026, 8, 17)).flags
    assert assessed(clinic, "K-1", date(2026, 8, 10)).fresh_until == date(2026, 8, 18)
    on_the_day_after = assessed(clinic, "K-1", date(2026, 8, 18))
    assert on_the_day_after.flags == ("rti-overdue",)
    # 30 days from 17 August: Wednesday 16 September 2026.
    assert on_the_day_after.reasons[0].endswith(
        "file the first appeal by 2026-09-16 (RTI Act 2005, s.19(1))"
    )
    # Stored as of today, long past both dates; a reply recorded clears it in the same save.
    assert stored(clinic, "K-1").flags == ("rti-overdue",)
    clinic.rti.correct("K-1", replace(added.application, reply_on=date(2026, 8, 20)))
    assert stored(clinic, "K-1").flags == ()
    entries = [e.detail for e in clinic.audit.entries("K-1") if e.action == "rti"]
    assert entries == [f"added {added.application.id} WB-HOME", f"corrected {added.application.id}"]


def test_rti_list_shows_the_working_and_update_records_the_reply(
    clinic: Database, db_path: Path
) -> None:
    clinic.rti.add("K-1", APPLICATION)
    code, out, _ = repatriate("--db", str(db_path), "rti", "list", "K-1")
    assert code == 0
    assert "  RTI reply: due 2026-08-17" in out
    assert (
        "      2026-08-15: the office is closed (Independence Day, a public holiday in IN-WB); "
        "the act is due the next day"
    ) in out
    assert "      2026-08-16: the office is closed (Sunday); the act is due the next day" in out
    assert "OVERDUE: RTI application to WB-HOME of 2026-07-10" in out
    code, out, _ = repatriate(
        "--db", str(db_path), "rti", "update", "K-1", "1", "--reply", "2026-08-20"
    )
    assert code == 0 and "OVERDUE" not in out and "reply 2026-08-20" in out
    code, _, err = repatriate(
        "--db", str(db_path), "rti", "add", "K-1", "--desk", "NOPE", "--filed", "2026-07-10",
        "--subject", "status",
    )  # fmt: skip
    assert (code, err) == (
        1,
        "repatriate: error: desk: NOPE: no desk has this code or name (see `desks`)\n",
    )


def test_bad_rti_input_is_named_and_nothing_is_written(clinic: Database) -> None:
    with pytest.raises(InvalidInput) as refused:
        clinic.rti.add("K-1", replace(APPLICATION, filed_on=date(1, 1, 1), subject=""))
    assert [str(e) for e in refused.value.errors] == [
        "subject: : say what information is sought",
        "filed: 0001-01-01: not a date from 1900 to 2100",
    ]
    with pytest.raises(NotFound):
        clinic.rti.add("K-1", replace(APPLICATION, desk="NO-SUCH"))
    assert clinic.rti.applications("K-1") == []


def test_a_travel_document_expiring_before_the_hand_over_is_flagged(clinic: Database) -> None:
    permit = clinic.travel.add(
        "K-1",
        TravelDocument(
            TravelDocumentKind.TRAVEL_PERMIT,
            number="TP-114",
            issued_on=TODAY - timedelta(days=10),
            expires_on=TODAY + timedelta(days=60),
            desk="BDDHC-KOL",
        ),
    )
    # 60 days is more than 6 weeks away, and no hand-over planned: not yet.
    assert stored(clinic, "K-1").flags == ()
    # It comes within 6 weeks (42 days) of expiring on day 18 from today.
    assert stored(clinic, "K-1").fresh_until == TODAY + timedelta(days=18)
    assert "travel-document-expiring" in assessed(clinic, "K-1", TODAY + timedelta(days=18)).flags
    clinic.travel.plan_hand_over("K-1", TODAY + timedelta(days=61))
    (reason,) = stored(clinic, "K-1").reasons
    assert reason == (
        f"travel permit TP-114 (issued by BDDHC-KOL) expires on {TODAY + timedelta(days=60)}, "
        f"before the hand-over planned for {TODAY + timedelta(days=61)}"
    )
    clinic.travel.plan_hand_over("K-1", TODAY + timedelta(days=59))
    assert stored(clinic, "K-1").flags == ()
    clinic.travel.delete("K-1", permit.id or 0)
    assert clinic.travel.documents("K-1") == []


def test_the_weeks_ahead_are_a_setting(clinic: Database) -> None:
    clinic.travel.add(
        "K-1",
        TravelDocument(TravelDocumentKind.EXIT_PERMIT, expires_on=TODAY + timedelta(days=60)),
    )
    clinic.settings.set("travel_document_weeks", "9")
    assert stored(clinic, "K-1").flags == ("travel-document-expiring",)


def test_bad_travel_input_is_named(clinic: Database, db_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        clinic.travel.add(
            "K-1",
            TravelDocument(
                TravelDocumentKind.ESCORT_ORDER,
                issued_on=date(2026, 5, 1),
                expires_on=date(9999, 12, 31),
            ),
        )
    assert [str(e) for e in refused.value.errors] == [
        "expires: 9999-12-31: not a date from 1900 to 2100"
    ]
    code, _, err = repatriate(
        "--db", str(db_path), "travel", "add", "K-1", "--kind", "visa", "--number", "1"
    )
    assert code == 2 and "invalid choice: 'visa'" in err
    code, out, _ = repatriate(
        "--db", str(db_path), "travel", "add", "K-1", "--kind", "exit permit",
        "--number", "EP-7", "--expires", "2027-01-31", "--desk", "FRRO-KOL",
    )  # fmt: skip
    assert (code, out) == (0, "K-1: travel document 1 recorded: exit permit EP-7\n")
    code, out, _ = repatriate(
        "--db", str(db_path), "travel", "hand-over", "K-1", "--on", "2027-02-03"
    )
    code, out, _ = repatriate("--db", str(db_path), "travel", "list", "K-1")
    assert out == (
        "K-1: hand-over planned for 2027-02-03\n"
        "  1  exit permit EP-7 by FRRO-KOL, expires 2027-01-31\n"
    )
