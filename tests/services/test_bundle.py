"""A bundle moves every table of a clinic's database to a new computer, or refuses whole."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import samples
from repatriate.domain.desks import Officer
from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.domain.followups import ActivityKind
from repatriate.domain.orders import Order
from repatriate.domain.prisoner import FamilyContact, PrisonerFile, Sentence
from repatriate.domain.rti import RtiApplication
from repatriate.domain.travel import TravelDocument, TravelDocumentKind
from repatriate.services import bundle as bundle_format
from repatriate.services.database import Database
from repatriate.storage.dump import BUNDLED, DERIVED, read_rows, tables
from repatriate.storage.tables import Base

TODAY = date(2026, 11, 23)
dump_tables = {t.name: t for t in tables()}
PHOTO = samples.png(120, 90, "navy")
COURT_ORDER = samples.pdf(pages=2)


@pytest.fixture
def clinic(db: Database) -> Database:
    """A clinic's database with something in every table, made through the services."""
    db.demo.fill(12, seed=3, today=TODAY)
    db.cases.add(
        PrisonerFile(
            ref="KOL/1",
            name="Salma Begum",
            claimed_nationality="BD",
            prison="Dum Dum Central Correctional Home",
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            at_risk_if_returned=True,
            family=(
                FamilyContact(relation="mother", name="Amena Khatun", phone="+880 1711 000000"),
                FamilyContact(relation="brother", name="Karim", traced_on=date(2025, 3, 1)),
            ),
        ),
        TODAY,
    )
    db.cases.add_photo("KOL/1", PHOTO, taken_on=date(2025, 5, 1), source="prison")
    db.cases.add_photo("KOL/1", PHOTO, taken_on=date(2025, 6, 1), source="embassy copy")
    db.cases.add_document(
        "KOL/1", COURT_ORDER, kind="court order", filename="order.pdf", dated=date(2024, 1, 10)
    )
    kolkata = db.desks.find("BDDHC-KOL")
    db.desks.save(
        replace(
            kolkata,
            phone="+91 33 0000 0000",
            officers=(Officer("A. Rahman", "First Secretary (Consular)", since=date(2025, 1, 1)),),
        )
    )
    db.movements.move("KOL/1", "BDDHC-KOL", on=date(2026, 9, 1), today=TODAY)
    db.followups.log(
        "KOL/1", ActivityKind.CALL, on=date(2026, 10, 1), desk="BDDHC-KOL", today=TODAY
    )
    db.followups.add("KOL/1", date(2026, 12, 1), title="ask for the travel permit")
    db.orders.add(
        "KOL/1",
        Order(
            by="High Court of Calcutta",
            on=date(2026, 10, 20),
            directs="repatriate the petitioner within six weeks",
            comply_by=date(2026, 12, 1),
            desk="WB-HOME",
        ),
        today=TODAY,
    )
    db.rti.add(
        "KOL/1",
        RtiApplication(
            desk="WB-HOME",
            filed_on=date(2026, 10, 1),
            subject="the status of the repatriation",
            received_on=date(2026, 10, 6),
        ),
        today=TODAY,
    )
    db.travel.add(
        "KOL/1",
        TravelDocument(
            TravelDocumentKind.TRAVEL_PERMIT, number="TP-1", expires_on=date(2027, 2, 1)
        ),
        today=TODAY,
    )
    db.travel.plan_hand_over("KOL/1", date(2027, 1, 15))
    db.factsheets.override_risk("KOL/1", "She asked to go home; UNHCR informed", to="BDDHC-KOL")
    db.settings.set("long_overstay_days", "200")
    db.settings.set("sentence_day_counts", "no")
    return db


def rows(path: Path, table: str) -> list[dict[str, object]]:
    """A table's rows as the program reads them (dates as dates, photos as bytes)."""
    database = Database.open(str(path), create=False)
    try:
        with database.store.unit_of_work() as session:
            return list(read_rows(session, dump_tables[table]))
    finally:
        database.close()


@pytest.fixture
def receiving(tmp_path: Path, new_sqlite: Callable[[Path], str]) -> Iterator[Database]:
    database = Database.open(new_sqlite(tmp_path / "new-computer.sqlite3"))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def bundle(clinic: Database, tmp_path: Path) -> Path:
    target = tmp_path / "clinic.repatriate"
    clinic.bundles.export_bundle(target)
    return target


def test_the_bundle_carries_every_table_of_the_schema() -> None:
    # A table added to the schema but not to the bundle would be lost in the move.
    assert sorted(BUNDLED) == sorted(
        t.name
        for t in Base.metadata.sorted_tables
        if t.name != "alembic_version" and t.name not in DERIVED
    )


def test_a_new_computer_gets_the_clinic_s_database_row_for_row(
    clinic: Database, db_path: Path, bundle: Path, receiving: Database, tmp_path: Path
) -> None:
    report = receiving.bundles.import_bundle(bundle)

    assert report.into_empty and report.files == 13 and report.backup is None
    moved_rows = {table: rows(tmp_path / "new-computer.sqlite3", table) for table in BUNDLED}
    # The new computer's audit log goes on from the old one's: the import is its next entry.
    *carried, imported = moved_rows["audit_entry"]
    assert imported["action"] == "import" and imported["detail"] == "bundle, 13 files"
    moved_rows["audit_entry"] = carried
    moved_rows["setting"] = [r for r in moved_rows["setting"] if r["key"] != "audit.head"]
    for table in BUNDLED:
        original = rows(db_path, table)
        if table == "setting":
            original = [r for r in original if r["key"] != "audit.head"]
        assert original, f"the clinic's {table} is empty: the round trip would prove nothing"
        assert moved_rows[table] == original, table
    verified = receiving.audit.verify()
    assert verified.broken is None and verified.entries == len(carried) + 1
    moved = receiving.cases.get("KOL/1")
    assert [f.name for f in moved.family] == ["Amena Khatun", "Karim"]
    assert receiving.cases.photo_content(moved.photos[1].id or 0) == PHOTO
    stored = clinic.cases.get("KOL/1").documents[0].id or 0
    assert receiving.cases.document_content(
        moved.documents[0].id or 0
    ) == clinic.cases.document_content(stored)
    assert receiving.settings.thresholds().long_overstay_days == 200
    assert receiving.desks.find("BDDHC-KOL").officers[0].name == "A. Rahman"


def test_photos_and_documents_travel_once_each_named_by_their_sha256(
    clinic: Database, bundle: Path
) -> None:
    # The court order is stored as cleaned on attaching (no scripts or actions): that is what
    # travels.
    stored_order = clinic.cases.document_content(clinic.cases.get("KOL/1").documents[0].id or 0)
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        photo_rows = json.loads(archive.read("tables/photo.json"))
        manifest = json.loads(archive.read("manifest.json"))
    photo = hashlib.sha256(PHOTO).hexdigest()
    order = hashlib.sha256(stored_order).hexdigest()
    assert sorted(n for n in names if n.startswith("attachments/")) == sorted(
        [f"attachments/{photo}", f"attachments/{order}"]
    )
    assert [r["content"] for r in photo_rows] == [photo, photo]
    assert manifest["format"] == "repatriate-bundle" and manifest["format_version"] == 1
    assert manifest["counts"]["prisoner_file"] == 13 and manifest["counts"]["photo"] == 2
    assert set(manifest["members"]) == set(names) - {"manifest.json"}


def test_refs_already_here_are_listed_and_nothing_is_written(
    bundle: Path, receiving: Database, tmp_path: Path
) -> None:
    receiving.cases.add(PrisonerFile(ref="KOL/1", name="Another person"), TODAY)
    receiving.cases.add(PrisonerFile(ref="DEMO-000004", name="Another person"), TODAY)
    before = rows(tmp_path / "new-computer.sqlite3", "prisoner_file")

    with pytest.raises(InvalidInput) as refused:
        receiving.bundles.import_bundle(bundle)

    assert [str(e) for e in refused.value.errors] == [
        "ref: DEMO-000004: already in this database; "
        "--rename-prefix P imports the bundle's files as P + ref",
        "ref: KOL/1: already in this database; "
        "--rename-prefix P imports the bundle's files as P + ref",
    ]
    assert rows(tmp_path / "new-computer.sqlite3", "prisoner_file") == before
    assert receiving.backups.all() == []


def test_a_rename_prefix_brings_the_files_in_beside_the_clinic_s_own(
    bundle: Path, receiving: Database
) -> None:
    receiving.cases.add(PrisonerFile(ref="KOL/1", name="Another person"), TODAY)
    receiving.settings.set("long_overstay_days", "150")
    here = receiving.desks.find("BDDHC-KOL")
    receiving.desks.save(replace(here, phone="+91 33 1111 1111"))

    report = receiving.bundles.import_bundle(bundle, rename_prefix="DHAKA-")

    assert report.files == 13 and report.renamed == "DHAKA-"
    assert report.desks_kept == ("BDDHC-KOL",) and report.settings_kept
    assert report.backup is not None and report.backup.files == 1
    assert receiving.cases.get("KOL/1").name == "Another person"
    moved = receiving.cases.get("DHAKA-KOL/1")
    assert moved.name == "Salma Begum" and len(moved.photos) == 2
    assert [h.desk for h in receiving.movements.where("DHAKA-KOL/1", TODAY).chain.holding] == [
        "BDDHC-KOL"
    ]
    assert [a.kind for a in receiving.followups.activities("DHAKA-KOL/1")] == [ActivityKind.CALL]
    assert receiving.cases.count() == 14
    # The receiving clinic's own settings and desk details stay.
    assert receiving.settings.thresholds().long_overstay_days == 150
    kept = receiving.desks.find("BDDHC-KOL")
    assert kept.phone == "+91 33 1111 1111" and kept.officers == ()


def rewritten(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of a bundle with members changed (or left out, for None)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            content = changes.get(info.filename, old.read(info.filename))
            if content is not None:
                new.writestr(info.filename, content)
    return target


def refused(receiving: Database, path: Path, tmp_path: Path) -> str:
    with pytest.raises(RepatriateError) as error:
        receiving.bundles.import_bundle(path)
    assert rows(tmp_path / "new-computer.sqlite3", "prisoner_file") == []
    message = str(error.value)
    assert "\n" not in message and message.endswith("nothing imported")
    return message


def test_a_changed_member_is_refused(bundle: Path, receiving: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        files = json.loads(archive.read("tables/prisoner_file.json"))
    files[0]["release_due"] = "2020-01-01"
    tampered = rewritten(
        bundle, tmp_path / "t.repatriate", {"tables/prisoner_file.json": json.dumps(files).encode()}
    )
    assert "tables/prisoner_file.json: checksum does not match" in refused(
        receiving, tampered, tmp_path
    )


def test_a_missing_photo_is_refused(bundle: Path, receiving: Database, tmp_path: Path) -> None:
    photo = f"attachments/{hashlib.sha256(PHOTO).hexdigest()}"
    cut = rewritten(bundle, tmp_path / "t.repatriate", {photo: None})
    assert f"{photo}: missing" in refused(receiving, cut, tmp_path)


def test_a_bundle_cut_short_is_refused(bundle: Path, receiving: Database, tmp_path: Path) -> None:
    data = bundle.read_bytes()
    cut = tmp_path / "cut.repatriate"
    cut.write_bytes(data[: len(data) // 2])
    assert "not a bundle, or cut short" in refused(receiving, cut, tmp_path)


def test_a_newer_format_is_refused(bundle: Path, receiving: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["format_version"] = 2
    newer = rewritten(
        bundle, tmp_path / "t.repatriate", {"manifest.json": json.dumps(manifest).encode()}
    )
    assert "bundle format version 2; this version of Repatriate reads version 1" in refused(
        receiving, newer, tmp_path
    )


def test_a_member_that_unpacks_too_large_is_refused_unread(
    bundle: Path, receiving: Database, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.repatriate"
    rewritten(bundle, bomb, {})
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("attachments/" + "0" * 64, bytes(bundle_format.MAX_ATTACHMENT + 1))
    assert bomb.stat().st_size < 1024 * 1024
    assert f"unpacks to {bundle_format.MAX_ATTACHMENT + 1} bytes" in refused(
        receiving, bomb, tmp_path
    )


def test_a_bad_row_is_refused_before_anything_is_written(
    clinic: Database, receiving: Database, tmp_path: Path
) -> None:
    source = tmp_path / "clinic.repatriate"
    clinic.bundles.export_bundle(source)
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        movements = json.loads(archive.read("tables/movement.json"))
    movements[-1]["on"] = "2026-02-30"
    data = json.dumps(movements).encode()
    manifest["members"]["tables/movement.json"] = hashlib.sha256(data).hexdigest()
    bad = rewritten(
        source,
        tmp_path / "bad.repatriate",
        {"tables/movement.json": data, "manifest.json": json.dumps(manifest).encode()},
    )
    message = refused(receiving, bad, tmp_path)
    assert f"tables/movement.json row {len(movements)}: on: 2026-02-30:" in message
