"""`followups` lists first everyone held past release whom nobody chases; the date format and
the letterhead are settings."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from command_line import repatriate
from repatriate.domain.desks import MovementKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.followups import week_of

AS_OF = date(2026, 11, 25)  # a Wednesday of 2026-W48


def completed(ref: str, name: str, convicted: date) -> PrisonerFile:
    return PrisonerFile(
        ref=ref,
        name=name,
        claimed_nationality="BD",
        state="West Bengal",
        conviction_date=convicted,
        sentence=Sentence(months=6),
        status=Status.SENTENCE_COMPLETED,
    )


def test_people_past_release_that_nobody_chases_come_first(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        # Six months from 5 January 2026: the last day is 4 July 2026, 144 days before AS_OF.
        db.cases.add(completed("KOL/1", "Nur Alam", date(2026, 1, 5)), AS_OF)
        # Six months from 5 March 2026: released on 4 September, 82 days before AS_OF.
        db.cases.add(completed("KOL/2", "Salma Bibi", date(2026, 3, 5)), AS_OF)
        # Held past release too, but the High Commission holds the file: a weekly chase.
        db.cases.add(completed("KOL/3", "Ayub Ali", date(2026, 1, 5)), AS_OF)
        db.movements.move("KOL/3", "BDHC-DEL", on=date(2026, 11, 16), today=AS_OF)
        # A follow-up set by hand covers this one.
        db.cases.add(completed("KOL/4", "Rahim", date(2026, 1, 5)), AS_OF)
        db.followups.add("KOL/4", date(2026, 12, 20), title="ask the jail for the order")
        # Not yet past release: 6 months from 1 June 2026 ends on 30 November 2026.
        db.cases.add(completed("KOL/5", "Karim", date(2026, 6, 1)), AS_OF)
    finally:
        db.close()

    code, out, err = repatriate(
        "--db", db_path, "followups", "--as-of", AS_OF.isoformat(), "--format", "csv"
    )
    assert (code, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [
        ["ref", "name", "desk", "due", "overdue_days", "kind"],
        ["KOL/1", "Nur Alam", "", "2026-07-04", "144", "unchased"],
        ["KOL/2", "Salma Bibi", "", "2026-09-04", "82", "unchased"],
        ["KOL/3", "Ayub Ali", "BDHC-DEL", "2026-11-23", "2", "weekly"],
    ]

    code, out, _ = repatriate("--db", db_path, "followups", "--as-of", AS_OF.isoformat())
    assert code == 0
    assert "nobody is chasing these: 2 files" in out
    assert "KOL/1" in out and "held 144 days past release" in out
    assert out.index("nobody is chasing") < out.index("BDHC-DEL: 1 file")


def test_the_date_format_is_a_setting(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    code, out, _ = repatriate("--db", db_path, "settings")
    assert code == 0 and "date_format = iso" in out.splitlines()
    code, out, _ = repatriate("--db", db_path, "settings", "date_format", "long")
    assert code == 0 and "date_format = long" in out.splitlines()
    code, _, err = repatriate("--db", db_path, "settings", "date_format", "dd/mm/yy")
    assert code != 0 and "date_format: dd/mm/yy: must be iso or long" in err


def test_the_letterhead_is_set_from_the_command_line(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    code, out, err = repatriate(
        "--db", db_path, "settings", "clinic_name", "Prison Legal Aid Clinic"
    )
    assert (code, err) == (0, "")
    assert "clinic_name = Prison Legal Aid Clinic" in out.splitlines()
    code, out, _ = repatriate(
        "--db", db_path, "settings", "clinic_address", "12 Court Road\\nKolkata"
    )
    assert "clinic_address = 12 Court Road\\nKolkata" in out.splitlines()
    repatriate("--db", db_path, "settings", "signatory", "Sabita Roy")
    code, out, _ = repatriate(
        "--db", db_path, "settings", "letter_reference", "PLA/{country}/{year}"
    )
    assert "signatory = Sabita Roy" in out.splitlines()
    assert "letter_reference = PLA/{country}/{year}" in out.splitlines()
    db = Database.open(str(db_path))
    try:
        saved = db.settings.letterhead()
    finally:
        db.close()
    assert (saved.address, saved.signatory) == ("12 Court Road\nKolkata", "Sabita Roy")
    code, _, err = repatriate("--db", db_path, "settings", "letter_reference", "PLA/{ref}")
    assert code != 0 and "letter_reference: PLA/{ref}: unknown field 'ref'" in err


def test_nobody_at_risk_is_told_to_be_sent_to_the_state_they_fled(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        db.cases.add(completed("KOL/1", "Nur Alam", date(2026, 1, 5)), AS_OF)
        # A Rohingya: the route's next step after these desks is Myanmar's embassy.
        rohingya = completed("KOL/2", "Mohammed Ayub", date(2026, 1, 5)).replace(
            ethnicity="Rohingya", claimed_nationality="MM", court_nationality="BD"
        )
        db.cases.add(rohingya, AS_OF)
        cleared = ("WB-PRISONS", "WB-HOME", "WB-POLICE", "MHA-FD", "UNHCR-IN", "MEA-BM")
        for ref in ("KOL/1", "KOL/2"):
            for desk in cleared:
                db.movements.move(ref, desk, on=date(2026, 8, 1), today=AS_OF)
                db.movements.move(
                    ref, desk, kind=MovementKind.CLEARED, on=date(2026, 8, 20), today=AS_OF
                )
        assert [s.key for s, _ in db.movements.where("KOL/2", AS_OF).next_desks] == ["embassy"]
        items = {i.ref: i for i in db.followups.agenda(week_of(AS_OF)) if not i.desk}
    finally:
        db.close()
    assert items["KOL/1"].next_desk == "BDDHC-KOL"
    # Never the Embassy of Myanmar: UNHCR, which the fact sheet's rule never blocks.
    assert items["KOL/2"].next_desk == "UNHCR-IN"
