"""Country and language codes: ISO 3166-1 alpha-2 and ISO 639, from names or codes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from repatriate.domain.flags import STATELESS

# English names caseworkers write that pycountry does not know under that name.
_COUNTRY_NAMES = {
    "burma": "MM",
    "palestine": "PS",
    "russia": "RU",
    "ivory coast": "CI",
    "turkey": "TR",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "usa": "US",
    "america": "US",
    "south korea": "KR",
    "north korea": "KP",
    "laos": "LA",
    "congo": "CG",
    "drc": "CD",
    "democratic republic of congo": "CD",
    "swaziland": "SZ",
    "east timor": "TL",
    "cape verde": "CV",
    "vatican": "VA",
    # No nationality: ICAO Doc 9303's "XXA" (stateless person), kept in two letters.
    "stateless": STATELESS,
    "xxa": STATELESS,
    "xx": STATELESS,
}


@cache
def country_code(text: str) -> str:
    """The alpha-2 code for a code or an English country name; ValueError if unknown."""
    key = text.strip()
    if key.casefold() in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[key.casefold()]
    try:
        country = pycountry.countries.lookup(key)
    except LookupError:
        raise ValueError("not a country (use an ISO 3166 code such as BD, or a name)") from None
    return str(country.alpha_2)


@cache
def country_name(code: str) -> str:
    if code == STATELESS:
        return "Stateless"
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", country.name))


# English names caseworkers write for languages that ISO 639 names otherwise ("Pushto",
# "Panjabi") or only with a qualifier ("Nepali (macrolanguage)", see `_language_names`).
_LANGUAGE_NAMES = {
    "pashto": "ps",
    "punjabi": "pa",
    "farsi": "fa",
    "sinhalese": "si",
    "oriya": "or",
    "balochi": "bal",
    "uyghur": "ug",
    "mandarin": "cmn",
    "cantonese": "yue",
    "nigerian pidgin": "pcm",
    "pidgin": "pcm",
    "burmese": "my",
    "myanmar": "my",
    "greek": "el",
}
_MACROLANGUAGE = " (macrolanguage)"


@cache
def _language_names() -> dict[str, str]:
    """Each ISO 639 language by its English name without the qualifier ISO adds to
    macrolanguages: "Nepali (macrolanguage)", "Malay (macrolanguage)" and "Swahili
    (macrolanguage)" are what caseworkers call Nepali, Malay and Swahili."""
    names: dict[str, str] = {}
    for language in pycountry.languages:
        code = str(getattr(language, "alpha_2", None) or language.alpha_3)
        names.setdefault(str(language.name).removesuffix(_MACROLANGUAGE).casefold(), code)
    return names


@cache
def language_code(text: str) -> str:
    """The ISO 639-1 code (or 639-3 where there is none) for a code or an English name."""
    key = text.strip()
    language = None
    if key.isascii() and key.isalpha() and len(key) in (2, 3):
        # Codes first: a bare lookup matches "en" against a language *named* "En".
        field = "alpha_2" if len(key) == 2 else "alpha_3"
        language = pycountry.languages.get(**{field: key.lower()})
    if language is None:
        try:
            language = pycountry.languages.lookup(key)
        except LookupError:
            folded = " ".join(key.split()).casefold()
            code = _LANGUAGE_NAMES.get(folded) or _language_names().get(folded)
            if code is None:
                raise ValueError("not a language (use an ISO 639 code such as bn)") from None
            return code
    return str(getattr(language, "alpha_2", None) or language.alpha_3)


@cache
def language_name(code: str) -> str:
    """The English name of an ISO 639 code ("bn": "Bengali"); the code itself if unknown."""
    field = "alpha_2" if len(code) == 2 else "alpha_3"
    entry = _language_entry(field, code.lower())
    if entry is None:
        language = pycountry.languages.get(**{field: code.lower()})
        if language is None:
            return code
        entry = {"name": language.name}
    return str(entry["name"]).removesuffix(_MACROLANGUAGE)


@cache
def _languages_text() -> str:
    return (Path(pycountry.DATABASE_DIR) / "iso639-3.json").read_text(encoding="utf-8")


def _language_entry(field: str, code: str) -> dict[str, Any] | None:
    """The entry of pycountry's ISO 639-3 table whose `field` is `code`, found in its text:
    pycountry would make an object of each of the table's 7,900 languages first (40 ms, for
    the one or two a fact sheet names). None if not found so; pycountry then answers (the
    last entry wins, as in its index)."""
    text = _languages_text()
    at = text.rfind(f'"{field}": {json.dumps(code)}')
    start = text.rfind("{", 0, at)
    end = text.find("}", at)
    if at < 0 or start < 0 or end < 0:
        return None
    try:
        entry = json.loads(text[start : end + 1])
    except ValueError:
        return None
    if not isinstance(entry, dict) or str(entry.get(field, "")).lower() != code:
        return None
    return entry
