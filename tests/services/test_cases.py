"""Prisoner files kept whole: every field, family, photos and documents, safe edits."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest

import samples
from repatriate.domain.errors import Conflict, InvalidInput, NotFound
from repatriate.domain.prisoner import (
    Category,
    DocumentHolder,
    FamilyContact,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
    TransferConsent,
)
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)


PNG = samples.png()
PDF = samples.pdf()


def salma() -> PrisonerFile:
    return PrisonerFile(
        ref="KOL/2023/114",
        name="Solma Bibi",
        name_native="সালমা বিবি",
        aliases=("Salma Begum", "Selina"),
        father_name="Abdul Karim",
        mother_name="Rokeya Khatun",
        sex=Sex.FEMALE,
        birth_date=None,
        age_estimate=38,
        age_estimated_on=date(2024, 1, 10),
        languages=("bn",),
        claimed_nationality="BD",
        court_nationality="BD",
        verified_nationality="BD",
        verified_on=date(2025, 2, 3),
        passport_book_number="B1234567",
        passport_country="BD",
        passport_held_by=DocumentHolder.TRIAL_COURT,
        passport_copy_on_file=False,
        home_address="Vill. Char Kukri, Satkhira",
        home_address_native="গ্রাম চর কুকরি, জেলা সাতক্ষীরা",
        prison="Alipore Women's Correctional Home",
        state="West Bengal",
        prisoner_number="C/2023/114",
        arrest_date=date(2022, 6, 1),
        charge="Foreigners Act 1946 s.14",
        court="ACJM Bongaon",
        case_number="GR 1432/2022",
        conviction_date=date(2023, 3, 14),
        sentence=Sentence(years=2, months=6, set_off_days=120, remission_days=30),
        status=Status.SENTENCE_COMPLETED,
        category=Category.IMMIGRATION_DETAINEE,
        vulnerability="mental illness",
        referral_source=ReferralSource.PARTNER_NGO,
        notes="Deputy High Commission in Kolkata asked for a recent photo.",
        family=(
            FamilyContact(relation="brother", name="Rafiq", name_native="রফিক", phone="+880 1"),
        ),
    )


def test_a_file_reads_back_exactly_as_saved(db: Database) -> None:
    saved = db.cases.add(salma(), TODAY)
    assert saved.id is not None and saved.version == 1
    read = db.cases.get("KOL/2023/114")
    assert read == saved
    assert read.replace(id=None, version=0, family=salma().family) == salma()
    assert read.family[0].name_native == "রফিক"


def test_whether_the_sentence_is_final_and_the_consent_to_transfer_are_kept(
    db: Database,
) -> None:
    refused = salma().replace(sentence_final=False, transfer_consent=TransferConsent.REFUSED)
    db.cases.add(refused, TODAY)
    read = db.cases.get("KOL/2023/114")
    assert (read.sentence_final, read.transfer_consent) == (False, TransferConsent.REFUSED)
    db.cases.save(read.replace(sentence_final=True, transfer_consent=TransferConsent.GIVEN), TODAY)
    read = db.cases.get("KOL/2023/114")
    assert (read.sentence_final, read.transfer_consent) == (True, TransferConsent.GIVEN)
    db.cases.save(read.replace(sentence_final=None, transfer_consent=None), TODAY)
    read = db.cases.get("KOL/2023/114")
    assert (read.sentence_final, read.transfer_consent) == (None, None)


def test_an_empty_ref_is_generated_and_unique(db: Database) -> None:
    first = db.cases.add(PrisonerFile(ref="", name="Nur Alam"), TODAY)
    second = db.cases.add(PrisonerFile(ref="", name="Ayub"), TODAY)
    assert first.ref == "R-2026-000001"
    assert second.ref == "R-2026-000002"


def test_a_ref_cannot_be_used_twice(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    with pytest.raises(Conflict, match="KOL/2023/114"):
        db.cases.add(salma().replace(name="Someone else"), TODAY)
    assert db.cases.count() == 1


def test_invalid_fields_are_named_and_nothing_is_saved(db: Database) -> None:
    bad = salma().replace(name=" ", sentence=Sentence(years=-1), birth_date=date(2030, 1, 1))
    with pytest.raises(InvalidInput) as caught:
        db.cases.add(bad, TODAY)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "sentence_years", "birth_date"}
    assert "birth_date: 2030-01-01: in the future" in str(caught.value)
    assert db.cases.count() == 0


def test_two_windows_cannot_silently_overwrite_each_other(db: Database) -> None:
    opened_here = db.cases.add(salma(), TODAY)
    opened_there = db.cases.get(opened_here.ref)
    db.cases.save(opened_here.replace(notes="Called the embassy."), TODAY)
    with pytest.raises(Conflict, match="changed by someone else"):
        db.cases.save(opened_there.replace(notes="Visited the prison."), TODAY)
    assert db.cases.get(opened_here.ref).notes == "Called the embassy."


def test_edits_replace_the_family_list(db: Database) -> None:
    saved = db.cases.add(salma(), TODAY)
    mother = FamilyContact(relation="mother", name="Rokeya", traced_on=date(2025, 5, 1))
    updated = db.cases.save(saved.replace(family=(mother,)), TODAY)
    assert [c.relation for c in db.cases.get(saved.ref).family] == ["mother"]
    assert updated.version == 2


def test_photos_and_documents_are_stored_with_their_dates(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    photo = db.cases.add_photo(
        "KOL/2023/114", PNG, taken_on=date(2024, 1, 10), source="prison visit"
    )
    order = db.cases.add_document(
        "KOL/2023/114",
        PDF,
        kind="court order",
        filename="conviction.pdf",
        title="Judgment, ACJM Bongaon",
        dated=date(2023, 3, 14),
    )
    read = db.cases.get("KOL/2023/114")
    assert read.photos == (photo,)
    assert read.photos[0].taken_on == date(2024, 1, 10)
    assert read.documents[0].kind == "court order"
    assert read.documents[0].media_type == "application/pdf"
    assert order.id is not None
    with pikepdf.open(io.BytesIO(db.cases.document_content(order.id))) as stored:
        assert len(stored.pages) == 1


def test_attachments_of_the_wrong_kind_are_refused(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    with pytest.raises(InvalidInput, match=r"photo: .*not a JPEG, PNG file"):
        db.cases.add_photo("KOL/2023/114", PDF, taken_on=None)
    with pytest.raises(InvalidInput, match="document"):
        db.cases.add_document("KOL/2023/114", b"GIF89a", kind="letter", filename="x.gif")
    assert db.cases.get("KOL/2023/114").photos == ()


def test_deleting_a_file_removes_its_attachments(db: Database) -> None:
    db.cases.add(salma(), TODAY)
    photo = db.cases.add_photo("KOL/2023/114", PNG, taken_on=None)
    db.cases.delete("KOL/2023/114")
    with pytest.raises(NotFound):
        db.cases.get("KOL/2023/114")
    assert photo.id is not None
    with pytest.raises(NotFound):
        db.cases.photo_content(photo.id)
