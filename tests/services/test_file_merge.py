"""One person, one file: merging two files found to be the same person moves everything of the
other to the kept file, in one transaction, after a backup, with an audit entry naming both."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Table, func, select

import samples
from repatriate.domain.desks import MovementKind
from repatriate.domain.errors import Conflict, InvalidInput, NotFound
from repatriate.domain.followups import ActivityKind
from repatriate.domain.orders import Order
from repatriate.domain.prisoner import FamilyContact, PrisonerFile, Sentence, Status
from repatriate.domain.rti import RtiApplication
from repatriate.domain.travel import TravelDocument, TravelDocumentKind
from repatriate.services import duplicates
from repatriate.services.database import Database
from repatriate.storage.files import FileRepository
from repatriate.storage.roles import FILE_TABLES
from repatriate.storage.standings import StandingRepository
from repatriate.storage.tables import Base

TODAY = date(2026, 11, 22)


def salma() -> PrisonerFile:
    return PrisonerFile(
        ref="K-1",
        name="Salma Begum",
        claimed_nationality="BD",
        passport_number="BD1234567",
        prison="Dum Dum Central Correctional Home",
        state="West Bengal",
        conviction_date=date(2025, 1, 1),
        sentence=Sentence(months=6),
        status=Status.SENTENCE_COMPLETED,
        family=(FamilyContact(relation="sister", name="Rina Begum"),),
    )


def solma() -> PrisonerFile:
    return salma().replace(
        ref="K-2",
        name="Solma Begom",
        name_native="সালমা বেগম",
        father_name="Abdul Karim",
        prisoner_number="UTP 4411",
        family=(
            FamilyContact(relation="father", name="Abdul Karim"),
            FamilyContact(relation="brother", name="Rafiq"),
        ),
    )


@pytest.fixture
def two(db: Database) -> Database:
    """K-1 with one movement, activity, photo and family contact; K-2 with a record in every
    table that hangs from a file."""
    db.cases.add(salma(), TODAY)
    db.cases.add(solma(), TODAY)
    db.movements.move("K-1", "MHA-FD", on=date(2026, 1, 10), today=TODAY)
    db.followups.log("K-1", ActivityKind.CALL, on=date(2026, 1, 12), outcome="no answer")
    db.cases.add_photo("K-1", samples.png(), taken_on=None)
    db.movements.move("K-2", "MEA-CPV", on=date(2026, 2, 1), today=TODAY)
    db.movements.move("K-2", "MEA-CPV", kind=MovementKind.CLEARED, on=date(2026, 3, 2), today=TODAY)
    db.followups.log("K-2", ActivityKind.CALL, on=date(2026, 2, 3), outcome="asked for NOC")
    db.followups.add("K-2", date(2026, 12, 1), title="ask again")
    db.cases.add_photo("K-2", samples.png(), taken_on=None)
    db.cases.add_document("K-2", samples.pdf(), kind="court order", filename="order.pdf")
    db.orders.add(
        "K-2",
        Order(
            by="High Court of Calcutta",
            on=date(2026, 4, 1),
            directs="repatriate",
            comply_by=date(2026, 6, 1),
        ),
        today=TODAY,
    )
    db.rti.add(
        "K-2",
        RtiApplication(
            desk="WB-HOME",
            filed_on=date(2026, 7, 10),
            received_on=date(2026, 7, 16),
            subject="the status of the repatriation",
        ),
        today=TODAY,
    )
    db.travel.add(
        "K-2", TravelDocument(TravelDocumentKind.TRAVEL_PERMIT, number="TP-9"), today=TODAY
    )
    db.travel.plan_hand_over("K-2", date(2026, 12, 20))
    return db


def rows(db: Database, ref: str) -> dict[str, int]:
    """Rows per table hanging from the file (tables with none left out)."""
    with db.store.reading() as session:
        file_id = FileRepository(session).ids([ref]).get(ref)
        found = {}
        for name in FILE_TABLES:
            table: Table = Base.metadata.tables[name]
            count = session.scalar(
                select(func.count()).select_from(table).where(table.c.file_id == file_id)
            )
            if count:
                found[name] = count
        return found


def test_every_record_of_the_other_file_moves_to_the_kept_one(two: Database) -> None:
    assert rows(two, "K-1") == {
        "family_contact": 1,
        "photo": 1,
        "movement": 1,
        "hold": 1,
        "activity": 1,
        "file_standing": 1,
    }
    other = rows(two, "K-2")
    merged = two.duplicates.merge("K-1", "K-2", {"name_native", "father_name"}, today=TODAY)

    # 1 + 2 family contacts, 1 + 1 photos, 1 + 2 movements (MHA-FD sent to; MEA-CPV sent to
    # and cleared), so two holds: MHA-FD's open one and MEA-CPV's finished one.
    assert rows(two, "K-1") == {
        "family_contact": 3,
        "photo": 2,
        "document": 1,
        "movement": 3,
        "hold": 2,
        "activity": other["activity"] + 1,
        "follow_up": other["follow_up"],
        "file_standing": 1,
        "court_order": 1,
        "rti_application": 1,
        "travel_document": 1,
        "hand_over": 1,
    }
    assert merged.moved["movement"] == 2 and merged.moved["family_contact"] == 2
    with pytest.raises(NotFound):
        two.cases.get("K-2")
    kept = two.cases.get("K-1")
    assert (kept.name, kept.name_native, kept.father_name) == (
        "Salma Begum",
        "সালমা বেগম",
        "Abdul Karim",
    )
    assert kept.prisoner_number == ""  # not chosen: the kept file's own value stays
    assert "Solma Begom" in kept.aliases
    assert [c.name for c in kept.family] == ["Rina Begum", "Abdul Karim", "Rafiq"]
    assert two.travel.hand_over("K-1") == date(2026, 12, 20)


def test_a_merge_is_audited_under_both_refs_and_backed_up_first(two: Database) -> None:
    merged = two.duplicates.merge("K-1", "K-2", today=TODAY)
    [kept_entry] = [e for e in two.audit.entries("K-1") if "merged" in e.detail]
    assert (kept_entry.action, kept_entry.detail) == ("save", "merged K-2 into this file")
    [gone] = [e for e in two.audit.entries("K-2") if e.action == "delete"]
    assert gone.detail == "merged into K-1"
    if two.backups.available:
        assert merged.backup is not None
        [made] = two.backups.all()
        assert (made.reason, made.files) == ("before-merge", 2)


def test_standings_after_a_merge_are_those_of_the_kept_file_alone(two: Database) -> None:
    two.duplicates.merge("K-1", "K-2", today=TODAY)
    with two.store.reading() as session:
        ids = FileRepository(session).ids(["K-1"])
        stored = StandingRepository(session).stored(None)
        assessed = two.standings.assess(session, [ids["K-1"]], TODAY)[ids["K-1"]]
    assert list(stored) == [ids["K-1"]]
    assert stored[ids["K-1"]].same_as(assessed)


def test_a_failure_half_way_leaves_both_files_as_they_were(
    two: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {ref: (two.cases.get(ref), rows(two, ref)) for ref in ("K-1", "K-2")}
    real = duplicates.move_records

    def breaks(*args: object) -> dict[str, int]:
        real(*args)  # type: ignore[arg-type]
        raise OSError("disk full")

    monkeypatch.setattr(duplicates, "move_records", breaks)
    with pytest.raises(OSError):
        two.duplicates.merge("K-1", "K-2", {"father_name"}, today=TODAY)
    assert {ref: (two.cases.get(ref), rows(two, ref)) for ref in ("K-1", "K-2")} == before


def test_a_file_is_not_merged_with_itself_nor_with_an_unknown_ref(two: Database) -> None:
    with pytest.raises(InvalidInput, match="K-1: a file cannot be merged with itself"):
        two.duplicates.merge("K-1", "K-1")
    with pytest.raises(NotFound, match="K-9"):
        two.duplicates.merge("K-1", "K-9")
    with pytest.raises(InvalidInput, match="take: ref: not a field"):
        two.duplicates.merge("K-1", "K-2", {"ref"})
    assert rows(two, "K-2")["movement"] == 2


def test_two_hand_overs_are_reported_and_nothing_is_written(two: Database) -> None:
    two.travel.plan_hand_over("K-1", date(2026, 12, 24))
    with pytest.raises(Conflict, match="hand_over"):
        two.duplicates.merge("K-1", "K-2", today=TODAY)
    assert rows(two, "K-2")["movement"] == 2
    if two.backups.available:
        assert two.backups.all() == []


def test_a_new_file_merged_into_one_on_file_gives_it_the_chosen_values(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    merged = db.duplicates.merge_new("K-1", solma().replace(ref=""), {"father_name"}, TODAY)
    assert merged.kept.father_name == "Abdul Karim"
    assert merged.kept.aliases == ("Solma Begom", "সালমা বেগম")
    assert db.cases.count() == 1


def test_files_said_to_be_different_people_are_not_offered_again(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    db.cases.add(solma().replace(ref="K-3"), TODAY)
    new = solma().replace(ref="K-2")
    assert [f.second.ref for f in db.duplicates.of_file(new)] == ["K-1", "K-3"]
    db.duplicates.different_people("K-2", ["K-1"])
    assert [f.second.ref for f in db.duplicates.of_file(new)] == ["K-3"]


def test_a_check_finds_files_saved_since_the_last_one_and_not_a_renamed_one(db: Database) -> None:
    new = solma().replace(ref="K-2", passport_number="")
    db.cases.add(salma().replace(passport_number="", prison="Presidency Correctional Home"), TODAY)
    assert db.duplicates.of_file(new) == []  # a name alone is not enough
    db.cases.add(salma().replace(ref="K-3", passport_number=""), TODAY)
    assert [f.second.ref for f in db.duplicates.of_file(new)] == ["K-3"]
    db.cases.save(db.cases.get("K-3").replace(name="Rokeya Khatun", father_name="Jalal"))
    assert db.duplicates.of_file(new) == []
