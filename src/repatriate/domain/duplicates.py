"""One person, one file: likely duplicates across scripts and spellings.

The same man may be "Mohammad Rahim Uddin" in the prison register, "Md. Rohim Uddin" in a
court order and "মোহাম্মদ রহিম উদ্দিন" on his own statement. Names are compared by a
skeleton that survives those differences: every script turned into Latin letters by
`anyascii` (Bengali, Devanagari, Urdu, Burmese and the rest), lower case, vowels left out
after a word's first letter (Indic scripts carry an inherent vowel that transliteration
drops, and clerks spell vowels as they hear them), a few sounds written alike, and doubled
letters single. Skeletons are scored with `rapidfuzz`. A name alone is never enough: a likely
duplicate also shares a passport or book number, a prisoner number in the same prison, the
same prison, a birth year within two years, or the father's name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from repatriate.domain.prisoner import PrisonerFile

NAME_SCORE = 85
"""The least skeleton likeness (0-100) for two names to be read as the same name."""
BIRTH_YEARS_APART = 2
"""Birth years (or years worked out from an age estimate) this far apart may be the same
person: ages are guessed in custody."""

_SOUNDS = (
    ("ph", "f"),
    ("bh", "b"),
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("jh", "j"),
    ("w", "v"),
    ("z", "j"),
    ("q", "k"),
    ("x", "ks"),
)
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTERS = re.compile(r"[^a-z ]+")
_TITLES = frozenset({"mr", "mrs", "shri", "smt", "late", "sri"})
_SHORT_FORMS = {"md": "mohammad", "mohd": "mohammad", "mst": "mosammat", "sk": "sheikh"}


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """A name as its consonants, in Latin letters, whatever script it was written in:
    "Salma Begum", "Solma Begom" and "সালমা বেগম" all give "slm bgm"."""
    latin = _NOT_LETTERS.sub(" ", anyascii(name).casefold())
    words = []
    for word in latin.split():
        if word in _TITLES:
            continue
        word = _SHORT_FORMS.get(word, word)
        # Vowels go before sounds are merged: "bahadur" and Devanagari's "bhadur" both
        # become "bhdr", then "bdr".
        bare = ("a" if word[0] in "aeiouy" else word[0]) + _VOWELS.sub("", word[1:])
        for written, said in _SOUNDS:
            bare = bare.replace(written, said)
        words.append(_DOUBLED.sub(r"\1", bare).rstrip("h") or bare[0])
    return " ".join(words)


def names_of(pf: PrisonerFile) -> tuple[str, ...]:
    """Every name a file knows its person by, as skeletons."""
    return skeletons(pf.name, pf.name_native, *pf.aliases)


def skeletons(*names: str) -> tuple[str, ...]:
    """The names as skeletons, each once, the empty ones left out."""
    return tuple(dict.fromkeys(s for s in map(skeleton, names) if s))


def search_key(pf: PrisonerFile) -> str:
    """What a search finds a file by: its names in Latin letters and as skeletons."""
    return names_key(pf.name, pf.name_native, *pf.aliases)


def names_key(*names: str) -> str:
    """The search key (see `search_key`) of a person known by these names."""
    skeletons = dict.fromkeys(s for s in map(skeleton, names) if s)
    return " ".join((*(anyascii(n).casefold() for n in names if n), *skeletons))


def matches_search(query: str, key: str) -> bool:
    """Whether each word of `query`, as a skeleton, begins a word of the file's `key`: "Solma"
    finds Salma and সালমা."""
    words = key.split()
    return all(any(word.startswith(part) for word in words) for part in skeleton(query).split())


def birth_year(pf: PrisonerFile) -> int | None:
    if pf.birth_date is not None:
        return pf.birth_date.year
    if pf.age_estimate is not None and pf.age_estimated_on is not None:
        return pf.age_estimated_on.year - pf.age_estimate
    return None


@dataclass(frozen=True, slots=True)
class Likeness:
    """Why two files are likely the same person, and how alike (0-100)."""

    first: PrisonerFile
    second: PrisonerFile
    score: int
    reasons: tuple[str, ...]


def _same(a: str, b: str) -> bool:
    return bool(a) and a.replace(" ", "").casefold() == b.replace(" ", "").casefold()


def likeness(
    a: PrisonerFile,
    b: PrisonerFile,
    a_names: tuple[str, ...] | None = None,
    b_names: tuple[str, ...] | None = None,
) -> Likeness | None:
    """How likely `a` and `b` are one person; None when nothing says so. `a_names` and
    `b_names` are their `names_of`, when already worked out."""
    if _same(a.passport_number, b.passport_number):
        return Likeness(a, b, 100, (f"same passport number {a.passport_number}",))
    if _same(a.passport_book_number, b.passport_book_number):
        return Likeness(a, b, 100, (f"same passport book number {a.passport_book_number}",))
    name = names_alike(a_names or names_of(a), b_names or names_of(b))
    if name < NAME_SCORE:
        return None
    years = birth_year(a), birth_year(b)
    if None not in years and abs(years[0] - years[1]) > BIRTH_YEARS_APART:  # type: ignore[operator]
        return None
    reasons = [f"names alike ({round(name)}%): {a.name} / {b.name}"]
    same_prison = _same(a.prison, b.prison)
    if same_prison and _same(a.prisoner_number, b.prisoner_number):
        reasons.append(f"same prisoner number {a.prisoner_number} in {a.prison}")
    elif same_prison:
        reasons.append(f"same prison, {a.prison}")
    if None not in years:
        reasons.append("born the same year" if years[0] == years[1] else "born within two years")
    if (
        a.father_name
        and b.father_name
        and fuzz.token_sort_ratio(skeleton(a.father_name), skeleton(b.father_name)) >= NAME_SCORE
    ):
        reasons.append(f"father's name alike: {a.father_name} / {b.father_name}")
    if len(reasons) == 1:
        return None  # a name alone is not enough: many men are called Mohammad Islam
    # Each of the three kinds of support (prison, birth year, father) missing costs 5 points.
    supports = len(reasons) - 1
    return Likeness(a, b, min(99, round(name) - 5 * (3 - supports)), tuple(reasons))


def names_alike(a_names: Iterable[str], b_names: Iterable[str]) -> float:
    """How alike (0-100) the likest of two people's names are, as skeletons."""
    others = tuple(b_names)
    return max((fuzz.token_sort_ratio(x, y) for x in a_names for y in others), default=0.0)


def likely_duplicates(
    incoming: Sequence[PrisonerFile], existing: Iterable[PrisonerFile] = ()
) -> list[Likeness]:
    """Pairs of likely duplicates among `incoming` and between `incoming` and `existing`,
    most alike first (`first` is always the incoming file). Files are compared only within
    a block sharing a passport number or a name's last word or first word and last initial
    (as skeletons), so a check against many thousands of files stays quick."""
    names: dict[int, tuple[str, ...]] = {}
    blocks: dict[str, list[tuple[bool, PrisonerFile]]] = defaultdict(list)
    for is_new, files in ((True, incoming), (False, existing)):
        for pf in files:
            names[id(pf)] = names_of(pf)
            for key in _blocks(pf, names[id(pf)]):
                blocks[key].append((is_new, pf))
    found: dict[tuple[int, int], Likeness] = {}
    for members in blocks.values():
        newcomers = [pf for is_new, pf in members if is_new]
        for i, pf in enumerate(newcomers):
            others = newcomers[i + 1 :] + [o for is_new, o in members if not is_new]
            for other in others:
                pair = (id(pf), id(other))
                if pf is other or pair in found or pair[::-1] in found:
                    continue
                alike = likeness(pf, other, names[id(pf)], names[id(other)])
                if alike is not None:
                    found[pair] = alike
    return sorted(found.values(), key=lambda lk: (-lk.score, lk.first.ref, lk.second.ref))


def _blocks(pf: PrisonerFile, names: tuple[str, ...]) -> set[str]:
    return blocks((pf.passport_number, pf.passport_book_number), names)


def blocks(numbers: Iterable[str], names: Iterable[str]) -> set[str]:
    """The blocks a file is compared within: its passport and book `numbers`, and its `names`
    as skeletons (see `likely_duplicates`)."""
    keys = {"p:" + n.replace(" ", "").casefold() for n in numbers if n}
    for name in names:
        words = name.split()
        keys.add("l:" + words[-1])
        keys.add(f"f:{words[0]}|{words[-1][0]}")
    return keys
