"""Country and language names as the fact sheet prints them."""

from __future__ import annotations

import pycountry
import pytest

from repatriate.services.codes import language_name


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("bn", "Bengali"),
        ("BN", "Bengali"),
        ("ben", "Bengali"),
        ("ne", "Nepali"),  # ISO: "Nepali (macrolanguage)"
        ("rhg", "Rohingya"),
        ("ur", "Urdu"),
        ("xx", "xx"),
        ("qqq", "qqq"),
    ],
)
def test_a_language_is_named_as_caseworkers_say_it(code: str, name: str) -> None:
    assert language_name(code) == name


def test_every_iso_639_language_has_the_name_pycountry_gives() -> None:
    wrong = []
    for language in pycountry.languages:
        for field in ("alpha_2", "alpha_3"):
            code = getattr(language, field, None)
            if code is None:
                continue
            expected = pycountry.languages.get(**{field: code}).name
            if language_name(code) != expected.removesuffix(" (macrolanguage)"):
                wrong.append(code)
    assert wrong == []
