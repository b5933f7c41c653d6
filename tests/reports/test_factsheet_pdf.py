"""Fact sheet PDFs: they open in poppler, and their text layer gives what an embassy searches
for (the ref, the names in Latin letters and in the person's own script, the overstay) in
the order it was written, in every script of the case study's nationalities."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from pdf_checks import contains_in_order, pages, poppler, text, words
from repatriate.domain.factsheets import Letterhead
from repatriate.domain.prisoner import (
    Category,
    DocumentHolder,
    PrisonerFile,
    Sentence,
    Sex,
    Status,
)
from repatriate.domain.release import MINUS, reckon
from repatriate.reports.factsheet import write_batch, write_sheet
from repatriate.reports.sheets import Attachment, Batch, Embassy, FactSheet, Picture

AS_OF = date(2026, 11, 22)
LETTERHEAD = Letterhead("Prison Legal Aid Clinic", "12 Court Road\nKolkata 700001", "+91 33 0000")
EMBASSY = Embassy("High Commission of Bangladesh", "Consular section", "Chanakyapuri", "New Delhi")

# (country, languages, name in own script, home address in own script)
SCRIPTS = {
    "Bengali": ("BD", ("bn",), "মোহাম্মদ রফিকুল ইসলাম", "গ্রাম কুমারখালী, জেলা কুষ্টিয়া"),
    "Hindi": ("IN", ("hi",), "श्रीमती कृष्णा देवी", "ग्राम रामपुर, ज़िला पटना"),
    "Nepali": ("NP", ("ne",), "राम बहादुर थापा क्षत्री", "धनकुटा-४, कोशी प्रदेश"),
    "Burmese": ("MM", ("my",), "မောင်မောင်ကျော်", "ရခိုင်ပြည်နယ်၊ စစ်တွေ"),
    "Sinhala": ("LK", ("si",), "කුමාර පෙරේරා", "කොළඹ 07, ශ්‍රී ලංකාව"),
    "Tamil": ("LK", ("ta",), "முருகன் கிருஷ்ணன்", "யாழ்ப்பாணம், இலங்கை"),
    "Amharic": ("ET", ("am",), "አበበ ቢቂላ", "አዲስ አበባ፣ ኢትዮጵያ"),
    "Urdu": ("PK", ("ur",), "محمد اکرم ولد عبدالرحمٰن", "گاؤں ۱۲ چک، ضلع لاہور"),
}


def person(ref: str, **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": "Rafiqul Islam",
        "name_native": "মোহাম্মদ রফিকুল ইসলাম",
        "father_name": "Abdul Karim",
        "sex": Sex.MALE,
        "birth_date": date(1990, 5, 1),
        "claimed_nationality": "BD",
        "court_nationality": "BD",
        "passport_book_number": "B1234567",
        "passport_held_by": DocumentHolder.TRIAL_COURT,
        "home_address": "Vill Kumarkhali, Dist Kushtia",
        "prison": "Dum Dum Central Correctional Home",
        "state": "West Bengal",
        "arrest_date": date(2022, 11, 1),
        "charge": "Foreigners Act 1946 s.14",
        "conviction_date": date(2023, 3, 14),
        "sentence": Sentence(years=2, months=6, set_off_days=120, remission_days=30),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


def sheet(pf: PrisonerFile, **changes: object) -> FactSheet:
    values: dict[str, object] = {
        "reckoning": reckon(pf, AS_OF),
        "embassy": EMBASSY,
        "request": "Please verify the nationality of this person.",
        "country_names": {"BD": "Bangladesh"},
        "language_names": {"bn": "Bengali"},
    }
    return FactSheet(**(values | changes))  # type: ignore[arg-type]


def write(tmp_path: Path, fact_sheet: FactSheet, name: str = "sheet.pdf") -> Path:
    target = tmp_path / name
    with target.open("wb") as out:
        write_sheet(fact_sheet, LETTERHEAD, out)
    return target


def jpeg(width: int, height: int, colour: str = "tan") -> bytes:
    stream = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(stream, "JPEG")
    return stream.getvalue()


def test_a_sheet_opens_and_its_text_layer_gives_ref_names_and_overstay(tmp_path: Path) -> None:
    pdf = write(tmp_path, sheet(person("KOL/2023/114", aliases=("Rofikul Islam",))))

    assert 1 <= pages(pdf) <= 2
    found = text(pdf)
    for expected in (
        "KOL/2023/114",
        "Rafiqul Islam",
        "মোহাম্মদ রফিকুল ইসলাম",
        "Rofikul Islam",
        "Abdul Karim",
        "Held 585 days past the release date 2025-04-16 as of 2026-11-22",
        "conviction 2023-03-14 + 2y 6m = 2025-09-14",
        f"{MINUS} 120 days set-off (CrPC s.428) = 2025-05-17",
        f"{MINUS} 30 days remission = 2025-04-17",
        f"{MINUS} 1 day: the day of sentence counts as served = 2025-04-16",
        "B1234567 (the number of the passport booklet, not the passport number)",
        "trial court; no copy on file",
        "High Commission of Bangladesh",
        "Prison Legal Aid Clinic",
        "Please verify the nationality of this person.",
    ):
        assert expected in found, expected
    poppler("pdftoppm", "-png", "-r", "40", pdf, tmp_path / "page")
    assert len(list(tmp_path.glob("page*.png"))) == pages(pdf)


def test_the_bundled_fonts_are_embedded_as_subsets(tmp_path: Path) -> None:
    native = " ".join(name for _, _, name, _ in SCRIPTS.values())
    pdf = write(tmp_path, sheet(person("F-1", name_native=native)))

    rows = [line.split() for line in poppler("pdffonts", pdf).splitlines()[2:]]
    names = {row[0].split("+", 1)[1] for row in rows}
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansBengali-Regular",
        "NotoSansDevanagari-Regular",
        "NotoSansMyanmar-Regular",
        "NotoSansSinhala-Regular",
        "NotoSansTamil-Regular",
        "NotoSansEthiopic-Regular",
        "NotoNaskhArabic-Regular",
    } <= names
    # pdffonts' columns end: emb sub uni object ID; every font embedded, as a subset.
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows), rows


@pytest.mark.parametrize("script", [s for s in SCRIPTS if s != "Urdu"])
def test_own_script_name_and_address_come_out_as_written(tmp_path: Path, script: str) -> None:
    country, _, name, address = SCRIPTS[script]
    pf = person("S-1", name_native=name, home_address_native=address, claimed_nationality=country)
    pdf = write(tmp_path, sheet(pf))

    found = text(pdf)
    assert name in found
    assert address in found


def test_urdu_comes_out_word_by_word_in_the_order_written(tmp_path: Path) -> None:
    """Poppler has no full bidirectional algorithm: on a page mostly in Latin letters it splits
    a right-to-left line at every digit and punctuation mark and puts the pieces in visual
    order (a PDF from any other program fares the same). So the checks are what a search
    needs: every word whole, letters joined in the order written; the name, which has no
    digits or punctuation, in the order written; the number ۱۲, not ۲۱; and the words between
    punctuation in the order written, not right to left."""
    _, _, name, address = SCRIPTS["Urdu"]
    pf = person("PK-1", name_native=name, home_address_native=address, claimed_nationality="PK")
    found = words(text(write(tmp_path, sheet(pf))))

    assert contains_in_order(found, words(name))
    assert not contains_in_order(found, words(name)[::-1])
    assert set(words(address)) <= set(found)
    assert "۱۲" in found and "۲۱" not in found
    assert contains_in_order(found, ["ضلع", "لاہور"])
    assert not contains_in_order(found, ["لاہور", "ضلع"])


def test_nothing_that_could_harm_the_person_at_home_is_printed(tmp_path: Path) -> None:
    pf = person(
        "R-1",
        category=Category.ASYLUM_SEEKER,
        ethnicity="Rohingya",
        unhcr_registration="UNHCR-123-456",
        risk_note="fled persecution in Rakhine",
        vulnerability="mental illness",
        notes="internal note: difficult family",
    )
    found = text(write(tmp_path, sheet(pf)))

    for secret in ("asylum", "Rohingya", "UNHCR-123-456", "persecution", "mental", "internal"):
        assert secret not in found


def test_photos_newest_first_with_the_date_taken_or_a_box_when_there_is_none(
    tmp_path: Path,
) -> None:
    photos = (
        Picture(jpeg(300, 400), date(2019, 1, 5)),
        Picture(jpeg(4000, 3000), date(2025, 6, 1)),
        Picture(b"\xff\xd8\xff not really a jpeg", None),
    )
    with_photos = text(write(tmp_path, sheet(person("P-1"), photos=photos), "a.pdf"))
    without = text(write(tmp_path, sheet(person("P-2")), "b.pdf"))

    assert with_photos.index("taken 2025-06-01") < with_photos.index("taken 2019-01-05")
    assert "1 older photo on file" in with_photos
    assert "no photo on file" in without


def court_order_pdf(line: str) -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream)
    canvas.drawString(72, 720, line)
    canvas.showPage()
    canvas.drawString(72, 720, "second page of the order")
    canvas.save()
    return stream.getvalue()


def test_attached_documents_follow_the_sheet(tmp_path: Path) -> None:
    attachments = (
        Attachment(
            "court order",
            "Judgment",
            "j.pdf",
            date(2023, 3, 14),
            "application/pdf",
            court_order_pdf("ORDER OF CONVICTION IN GR 123/2022"),
        ),
        Attachment("passport copy", "", "passport.jpg", None, "image/jpeg", jpeg(1200, 1700)),
        Attachment("letter", "Broken", "b.pdf", None, "application/pdf", b"%PDF-1.4 broken"),
    )
    plain = write(tmp_path, sheet(person("D-1")), "plain.pdf")
    pdf = write(tmp_path, sheet(person("D-1"), attachments=attachments), "attached.pdf")

    # Two pages of the order, a page for the passport copy, a page saying why the broken
    # letter could not be included.
    assert pages(pdf) == pages(plain) + 4
    found = text(pdf)
    assert "court order: Judgment, dated 2023-03-14" in found
    sheet_end = found.index("Documents attached after this sheet")
    order = found.index("ORDER OF CONVICTION IN GR 123/2022")
    passport = found.index("Attached to fact sheet D-1: passport copy: passport.jpg")
    assert sheet_end < order < found.index("second page of the order") < passport
    assert "letter: Broken" in found[passport:]
    assert "It could not be included: it is not a PDF that can be read" in found


def test_a_file_under_trial_and_one_whose_records_contradict_themselves(tmp_path: Path) -> None:
    trial = person("T-1", conviction_date=None, sentence=Sentence(), status=Status.UNDER_TRIAL)
    broken = person("B-1", sentence=Sentence(years=1, set_off_days=500))

    assert "Under trial: in custody 1482 days as of 2026-11-22" in text(
        write(tmp_path, sheet(trial), "trial.pdf")
    )
    found = text(write(tmp_path, sheet(broken), "broken.pdf"))
    assert "cannot be computed from the records we hold" in found
    # 500 days set off, but arrested 2022-11-01 and convicted 2023-03-14: 134 days at most.
    assert "set_off_days: 500: longer than the custody before conviction" in found
    assert not re.search(r"Held \d+ days past", found)


def test_a_batch_has_a_cover_letter_an_annex_and_every_sheet(tmp_path: Path) -> None:
    sheets = tuple(
        sheet(person(f"B-{n}", name=f"Person {n}", conviction_date=date(2023, 3, 14 + n)))
        for n in range(3)
    )
    batch = Batch("BD", "Bangladesh", EMBASSY, sheets, AS_OF, overstaying_only=True)
    target = tmp_path / "batch.pdf"
    reports: list[tuple[int, int]] = []
    with target.open("wb") as out:
        write_batch(batch, LETTERHEAD, out, progress=lambda *p: reports.append(p))

    found = text(target)
    assert "verification of nationality and repatriation of 3 nationals of Bangladesh" in found
    assert "3 of them are held past their release date: together 1,752 days" in found
    annex = text(target, "-f", "2", "-l", "2")
    assert annex.startswith("Annex: 3 nationals of Bangladesh held past their release date")
    assert annex.index("B-0") < annex.index("B-1") < annex.index("B-2")
    for n in range(3):
        assert f"Fact sheet for nationality verification — our ref B-{n}" in found
    assert reports[-1] == (3, 3)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_the_cover_letter_is_signed_referenced_and_counts_what_it_encloses(
    tmp_path: Path,
) -> None:
    letterhead = Letterhead(
        "Prison Legal Aid Clinic",
        "12 Court Road\nKolkata 700001",
        "+91 33 0000",
        "clinic@example.org",
        signatory="Sabita Roy",
        designation="Programme Coordinator",
        reference="PLA/{country}/{year}/{count}",
    )
    documents = (
        Attachment("passport copy", "", "passport.jpg", None, "image/jpeg", jpeg(600, 800)),
        Attachment("letter", "Broken", "b.pdf", None, "application/pdf", b"%PDF-1.4 broken"),
    )
    one = sheet(person("S-1"), attachments=documents)
    batch = Batch("BD", "Bangladesh", EMBASSY, (one,), AS_OF, overstaying_only=True)
    target = tmp_path / "one.pdf"
    with target.open("wb") as out:
        write_batch(batch, letterhead, out)

    letter = " ".join(text(target, "-f", "1", "-l", "1").split())
    assert "Our reference: PLA/BD/2026/1" in letter
    assert "repatriation of 1 national of Bangladesh held in prison in India after the end" in (
        letter
    )
    assert "1 nationals" not in letter and "1 persons" not in letter
    assert "the fact sheet of 1 person who states that they are a national of Bangladesh" in (
        letter
    )
    assert "Yours faithfully, Sabita Roy Programme Coordinator Prison Legal Aid Clinic" in letter
    # The broken PDF is replaced by a note: only the passport copy is enclosed.
    assert "Enclosures: 1 fact sheet, an annex listing them and 1 document." in letter
    annex = text(target, "-f", "2", "-l", "2")
    assert annex.startswith("Annex: 1 national of Bangladesh held past their release date")
