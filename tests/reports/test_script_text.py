"""Text in the prisoner's own script: the right font for every character, shaped (conjuncts,
vowel signs before their consonant, Arabic letters joined), laid out right to left where the
script is, with digits still left to right."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from pdf_checks import text
from repatriate.reports.fonts import LATIN, LATIN_BOLD, assign_fonts, needs_shaping
from repatriate.reports.script_text import ScriptText, _levels, _shape


def test_each_character_gets_its_scripts_font_and_digits_follow_the_text_around_them() -> None:
    latin, bengali, urdu = "House 12, ", "গ্রাম ১২ রামপুর-১০ ", "گاؤں 12"
    fonts = assign_fonts(latin + bengali + urdu)

    assert fonts[: len(latin)] == [LATIN] * len(latin)
    assert set(fonts[len(latin) : -len(urdu)]) == {"NotoSansBengali"}
    assert set(fonts[-len(urdu) :]) == {"NotoNaskhArabic"}


def test_a_sign_latin_fonts_lack_comes_from_a_bundled_font_that_has_it() -> None:
    minus = "\u2212"
    font = assign_fonts(f"{minus} 120 days", bold=True)

    assert font[0] not in (LATIN, LATIN_BOLD)
    assert font[2:] == [LATIN_BOLD] * 8


def test_only_what_noto_sans_cannot_draw_alone_is_shaped() -> None:
    assert not needs_shaping("José Ñúñez, 12 Court Road")
    # Vietnamese typed with combining accents needs them placed by the font.
    for shaped in ("কি", "Nguye\u0302\u0303n", "محمد", "\u2212 120"):
        assert needs_shaping(shaped), shaped


def test_bengali_vowel_signs_go_before_their_consonant_and_conjuncts_form() -> None:
    ki = _shape("কি", "NotoSansBengali", False, "bn")
    (cluster,) = ki.clusters
    # One cluster of two glyphs, the vowel sign drawn first: its text stays "কি" in the
    # text layer.
    assert cluster.text == "কি" and not cluster.plain
    assert cluster.glyphs[0].code == "ি"

    ksha = _shape("ক্ষ", "NotoSansBengali", False, "bn")
    assert sum(len(c.glyphs) for c in ksha.clusters) == 1


def test_arabic_letters_join_and_run_right_to_left_but_digits_do_not() -> None:
    word = _shape("محمد", "NotoNaskhArabic", True, "ur")
    # Visual order: the last letter (dal) is drawn leftmost; the letters take their joined
    # forms (presentation forms, not the isolated letters typed).
    assert [c.text for c in word.clusters] == ["د", "م", "ح", "م"]
    assert all(not c.plain for c in word.clusters)

    levels = _levels("گاؤں ۱۲ چک", 1)
    assert levels == [1, 1, 1, 1, 1, 2, 2, 1, 1, 1]
    digits = _shape("۱۲", "NotoNaskhArabic", False, "ur")
    assert [c.text for c in digits.clusters] == ["\u06f1", "\u06f2"]  # 1, then 2


def test_joiners_stay_in_the_text_at_the_level_of_the_letter_before_them() -> None:
    sri = "ශ්‍රී"
    assert len(_levels(sri, 0)) == len(sri)


def test_a_word_too_wide_for_its_column_shrinks_rather_than_overflows(tmp_path: Path) -> None:
    long_word = "মোহাম্মদরফিকুলইসলামমোহাম্মদরফিকুলইসলাম"
    flowable = ScriptText(long_word, 12)
    width, _ = flowable.wrap(150, 1000)

    drawn = flowable._lines[0][0].width
    assert drawn <= width + 0.5
    assert flowable._drawn_size < 12
    target = tmp_path / "narrow.pdf"
    SimpleDocTemplate(str(target), pagesize=A4).build([ScriptText(long_word, 12)])
    assert long_word in text(target)


def test_lines_break_between_words_and_a_right_to_left_paragraph_is_right_aligned() -> None:
    urdu = ScriptText("محمد اکرم ولد عبدالرحمٰن محمد اکرم ولد عبدالرحمٰن", 10)
    urdu.wrap(80, 1000)
    bengali = ScriptText("মোহাম্মদ রফিকুল ইসলাম মোহাম্মদ রফিকুল ইসলাম", 10)
    bengali.wrap(80, 1000)

    assert len(urdu._lines) > 1 and all(right for _, right in urdu._lines)
    assert len(bengali._lines) > 1 and not any(right for _, right in bengali._lines)
    assert all(line.width <= 80 for line, _ in urdu._lines + bengali._lines)
