"""Two caseworkers edit the same file: the second save is refused with both versions, and a
merge that takes each field from the one chosen saves over the first without losing it."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from repatriate.domain.errors import RepatriateError
from repatriate.domain.followups import ActivityKind
from repatriate.domain.merging import EditConflict, changed_by_me, differences, merge
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)


def test_a_save_over_someone_elses_change_carries_both_versions(db_target: str) -> None:
    first, second = Database.open(db_target), Database.open(db_target)
    try:
        first.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum", prison="Dum Dum"), TODAY)
        opened_by_me = second.cases.get("KOL/1")
        theirs_opened = first.cases.get("KOL/1")
        first.cases.save(theirs_opened.replace(prison="Presidency", notes="moved"), TODAY)

        mine = opened_by_me.replace(prison="Alipore", father_name="Abdul")
        with pytest.raises(EditConflict) as raised:
            second.cases.save(mine, TODAY)
        conflict = raised.value
        assert conflict.theirs.version > mine.version
        assert str(conflict) == (
            "ref: KOL/1: changed by someone else since you opened it (version "
            f"{mine.version} opened, version {conflict.theirs.version} saved since)"
        )
        assert (conflict.theirs.prison, conflict.theirs.notes) == ("Presidency", "moved")
        assert conflict.mine.prison == "Alipore"
        assert differences(conflict.theirs, conflict.mine) == ["father_name", "prison", "notes"]
        # By default a merge keeps what I changed and takes the rest from their version.
        assert changed_by_me(opened_by_me, mine) == {"father_name", "prison"}
        assert second.cases.get("KOL/1").prison == "Presidency"

        kept = second.cases.save(merge(conflict.theirs, conflict.mine, {"father_name"}), TODAY)
        assert (kept.prison, kept.notes, kept.father_name) == ("Presidency", "moved", "Abdul")
        assert kept.version > conflict.theirs.version
        assert first.cases.get("KOL/1") == kept
    finally:
        first.close()
        second.close()


def test_keeping_all_of_mine_still_needs_their_version_number(db: Database) -> None:
    db.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum"), TODAY)
    opened = db.cases.get("KOL/1")
    db.cases.save(opened.replace(notes="theirs"), TODAY)
    mine = opened.replace(notes="mine", name="Salma Begum Sheikh")
    with pytest.raises(EditConflict) as raised:
        db.cases.save(mine, TODAY)
    every = set(differences(raised.value.theirs, mine))
    saved = db.cases.save(merge(raised.value.theirs, mine, every), TODAY)
    assert (saved.notes, saved.name) == ("mine", "Salma Begum Sheikh")
    with pytest.raises(ValueError, match="not a merged field: version"):
        merge(raised.value.theirs, mine, {"version"})


def test_writers_at_once_all_get_through_and_the_audit_log_still_verifies(
    db_target: str,
) -> None:
    setup = Database.open(db_target)
    for n in range(4):
        setup.cases.add(PrisonerFile(ref=f"KOL/{n}", name="Salma Begum"), TODAY)
    setup.close()
    failures: list[str] = []

    def write(number: int) -> None:
        db = Database.open(db_target)
        try:
            for n in range(10):
                db.followups.log(
                    f"KOL/{(number + n) % 4}",
                    ActivityKind.CALL,
                    on=TODAY,
                    outcome=f"writer {number}, call {n}",
                )
        except RepatriateError as exc:
            failures.append(str(exc))
        finally:
            db.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    db = Database.open(db_target)
    try:
        outcomes = {a.outcome for n in range(4) for a in db.followups.activities(f"KOL/{n}")}
        assert outcomes == {f"writer {w}, call {n}" for w in range(4) for n in range(10)}
        verified = db.audit.verify()
        assert (verified.entries, verified.broken) == (4 + 40, None)
    finally:
        db.close()
