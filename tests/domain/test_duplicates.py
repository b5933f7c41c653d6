"""One person, one file: the same person found across scripts and spellings, and not two
different people who share a common name."""

from __future__ import annotations

from datetime import date

import pytest

from repatriate.domain.duplicates import likely_duplicates, matches_search, search_key, skeleton
from repatriate.domain.prisoner import PrisonerFile


@pytest.mark.parametrize(
    "written",
    ["Salma Begum", "Solma Begom", "SALMA  BEGUM", "সালমা বেগম", "सलमा बेगम", "سلمیٰ بیگم"],
)
def test_one_name_in_every_script_has_one_skeleton(written: str) -> None:
    assert skeleton(written) == "slm bgm"


def test_short_forms_and_titles_read_as_the_full_name() -> None:
    assert skeleton("Md. Rohim Uddin") == skeleton("মোহাম্মদ রহিম উদ্দিন") == "mhmd rhm adn"
    assert skeleton("Late Shri Ram Bahadur Karki") == skeleton("राम बहादुर कार्की")


def person(ref: str, name: str, **more: object) -> PrisonerFile:
    return PrisonerFile(ref=ref, name=name, prison="Dum Dum Central Correctional Home").replace(
        **more
    )


def test_the_same_woman_in_bengali_and_in_latin_letters_is_found() -> None:
    on_file = person("A-1", "Salma Begum", birth_date=date(1990, 5, 1))
    incoming = person(
        "",
        "Solma Begom",
        name_native="সালমা বেগম",
        age_estimate=35,
        age_estimated_on=date(2026, 1, 1),
    )
    (found,) = likely_duplicates([incoming], [on_file, person("A-2", "Mohammad Islam")])
    assert found.first is incoming and found.second is on_file
    assert found.reasons == (
        "names alike (100%): Solma Begom / Salma Begum",
        "same prison, Dum Dum Central Correctional Home",
        "born within two years",
    )


def test_a_passport_number_is_enough_whatever_the_names() -> None:
    a = person("A-1", "Rahim Uddin", passport_number="A0123 4567")
    b = person("B-1", "Abdur Rahim", prison="Presidency", passport_number="a01234567")
    (found,) = likely_duplicates([b], [a])
    assert (found.score, found.reasons) == (100, ("same passport number a01234567",))


def test_a_common_name_alone_is_not_a_duplicate() -> None:
    a = person("A-1", "Mohammad Islam", prison="Presidency Correctional Home")
    b = person("B-1", "Mohammad Islam", prison="Dum Dum Central Correctional Home")
    assert likely_duplicates([b], [a]) == []


def test_birth_years_far_apart_are_two_people() -> None:
    a = person("A-1", "Salma Begum", birth_date=date(1990, 1, 1))
    b = person("B-1", "Salma Begum", birth_date=date(1970, 1, 1))
    assert likely_duplicates([b], [a]) == []


def test_two_rows_of_one_import_are_compared_with_each_other() -> None:
    first = person("", "Ram Karki", prisoner_number="UTP 12")
    second = person("", "राम कार्की", prisoner_number="UTP 12")
    (found,) = likely_duplicates([first, second])
    assert "same prisoner number UTP 12 in Dum Dum Central Correctional Home" in found.reasons


def test_the_search_finds_solma_for_salma_in_either_script() -> None:
    latin = search_key(person("A-1", "Salma Begum"))
    bengali = search_key(person("A-2", "", name_native="সালমা বেগম"))
    islam = search_key(person("A-3", "Mohammad Islam"))
    assert matches_search("Solma", latin) and matches_search("Solma", bengali)
    assert matches_search("সালমা", latin)
    assert not matches_search("Solma", islam)
    assert matches_search("begum salma", latin)
