"""The register: every file in one list, for the window's files table and the overview.

`summaries` is one light query: what the table shows and filters on, with each file's flags,
desks holding it and next follow-up as stored with it (see `services.standings`), so that the
table shows them with its first rows, without assessing every file as the window starts.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from operator import le
from typing import Any

from repatriate.domain.flags import Flag, RaisedFlag
from repatriate.domain.prisoner import Status
from repatriate.domain.wording import from_json
from repatriate.services.standings import StandingService
from repatriate.storage.register import RegisterRepository
from repatriate.storage.store import Store

FIRST_SCREEN_READ_LIMIT = 12_800
"""Beyond this many rows the first screen saves too little over reading everything."""


_STATUS = {status.value: status for status in Status}
"""A dict lookup: calling the enum is a third of the read's time at 100,000 files."""
_FLAG = {flag.value: flag for flag in Flag}
_HELD = frozenset(status.value for status in Status if status.still_held)
"""The stored words of the statuses of people still held: one set lookup per file, where
asking each file's Status would go through the enum's property."""
NO_DAY = -(2**62)
"""In the register's columns of days and day numbers: no value."""


@dataclass(frozen=True, slots=True)
class FileStanding:
    """A file's flags, desks holding it and next follow-up, as stored (see
    `services.standings`)."""

    ref: str
    codes: tuple[Flag, ...]
    """The flags raised, in order of urgency."""
    holding: tuple[str, ...]
    """Codes of the desks holding the file now."""
    next_follow_up: date | None
    reasons: str = "[]"
    """The flags' reasons as stored, a JSON list: read only when asked for (`flags`), as
    decoding 100,000 of them would be a second of the register's read."""

    @property
    def flags(self) -> tuple[RaisedFlag, ...]:
        """The flags raised with their reasons."""
        return tuple(
            RaisedFlag(flag, reason)
            for flag, reason in zip(self.codes, from_json(self.reasons), strict=False)
        )


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What the files table shows of a file before its full assessment arrives."""

    ref: str
    name: str
    name_native: str
    nationality: str
    """Verified, else claimed, else as recorded by the court (ISO code), or ""."""
    prison: str
    state: str
    status: Status | None
    release_due: date | None
    overstay_days: int | None
    """Days held past release as of the register's date; None without a release date."""
    held: bool
    passport_number: str
    passport_book_number: str
    standing: FileStanding
    """Its flags, holding desks and next follow-up, as stored with the file."""


@dataclass(frozen=True, slots=True)
class RegisterColumns:
    """The register as columns, one entry per file in ref order: what the files table shows,
    filters and sorts on, built straight from the rows read (no object per file). Dates are
    day numbers (`date.toordinal`), NO_DAY where there is none; the texts many files share
    (nationalities, prisons, flag sets, reasons, desks) are kept once."""

    refs: list[str]
    names: list[str]
    natives: list[str]
    nationalities: list[str]
    """Verified, else claimed, else as recorded by the court (ISO code), or ""."""
    prisons: list[str]
    statuses: list[Status | None]
    release_due: array[int]
    overstay: array[int]
    """Days held past release as of the register's date; NO_DAY without a release date."""
    due_in: array[int]
    """Days until release of the people still serving (0: due today), else NO_DAY."""
    held: bytes
    flags: list[tuple[Flag, ...]]
    reasons: list[bytes]
    """Each file's flags' reasons as stored, a JSON list (see `FileStanding.reasons`), in
    UTF-8: only a tooltip reads them, and as text they would be the largest column (their
    "≥" takes two bytes for every letter of a text)."""
    holding: list[str]
    """The codes of the desks holding each file, as stored ("BDHC-DEL, MEA-CPV"), or ""."""
    next_follow_up: array[int]
    passport_numbers: list[str]
    passport_book_numbers: list[str]

    @classmethod
    def of_rows(cls, chunks: Iterable[Sequence[Sequence[Any]]], as_of: date) -> RegisterColumns:
        """From the repository's `table_rows`, a chunk at a time: only one chunk's rows, and
        the texts the driver made for them, are held at once."""
        texts: list[list[Any]] = [[] for _ in range(11)]
        (refs, names, natives, nationalities, prisons, words, passports, books) = texts[:8]
        (flags, reasons, holding) = texts[8:]
        dates = (array("q"), array("q"), array("q"))
        shared: dict[Any, Any] = {}
        days = _DayNumbers()
        codes = _FlagSets()

        def once(values: Iterable[Any]) -> Iterator[Any]:
            values = tuple(values)
            return map(shared.setdefault, values, values)

        for chunk in chunks:
            (
                ref,
                name,
                native,
                nationality,
                prison,
                word,
                due_on,
                released_on,
                passport,
                book,
                flag_codes,
                reason,
                desks,
                follow_up_on,
            ) = zip(*chunk, strict=True)
            refs.extend(ref)
            names.extend(name)
            natives.extend(native)
            passports.extend(passport)
            books.extend(book)
            nationalities.extend(once(nationality))
            prisons.extend(once(prison))
            words.extend(once(word))
            holding.extend(once(desks))
            reasons.extend(once(map(str.encode, reason)))
            flags.extend(map(codes.__getitem__, flag_codes))
            for numbers, stored in zip(dates, (due_on, released_on, follow_up_on), strict=True):
                numbers.extend(map(days.__getitem__, stored))
        due, released, follow_up = dates
        if not all(map(le, refs, islice(refs, 1, None))):
            # Read in table order (see `RegisterRepository.summaries`), shown in ref order.
            order = sorted(range(len(refs)), key=refs.__getitem__)
            texts = [[column[i] for i in order] for column in texts]
            (refs, names, natives, nationalities, prisons, words, passports, books) = texts[:8]
            (flags, reasons, holding) = texts[8:]
            due, released, follow_up = (
                array("q", map(numbers.__getitem__, order)) for numbers in dates
            )
        statuses = {word: _STATUS.get(word) if word else None for word in set(words)}
        held_by_status = {word: _held_by_status(status) for word, status in statuses.items()}
        return cls._built(
            refs=refs,
            names=names,
            natives=natives,
            nationalities=nationalities,
            prisons=prisons,
            statuses=list(map(statuses.__getitem__, words)),
            release_due=due,
            released=released,
            held_status=list(map(held_by_status.__getitem__, words)),
            flags=flags,
            reasons=reasons,
            holding=holding,
            next_follow_up=follow_up,
            passport_numbers=passports,
            passport_book_numbers=books,
            as_of=as_of,
        )

    @classmethod
    def of_summaries(cls, summaries: Sequence[FileSummary], as_of: date) -> RegisterColumns:
        """From files read as summaries (a few: the top of the table)."""
        return cls(
            refs=[s.ref for s in summaries],
            names=[s.name for s in summaries],
            natives=[s.name_native for s in summaries],
            nationalities=[s.nationality for s in summaries],
            prisons=[s.prison for s in summaries],
            statuses=[s.status for s in summaries],
            release_due=array("q", (_day(s.release_due) for s in summaries)),
            overstay=array(
                "q", (NO_DAY if s.overstay_days is None else s.overstay_days for s in summaries)
            ),
            due_in=array(
                "q", (_due_in(_day(s.release_due), s.held, as_of.toordinal()) for s in summaries)
            ),
            held=bytes(s.held for s in summaries),
            flags=[s.standing.codes for s in summaries],
            reasons=[s.standing.reasons.encode() for s in summaries],
            holding=[", ".join(s.standing.holding) for s in summaries],
            next_follow_up=array("q", (_day(s.standing.next_follow_up) for s in summaries)),
            passport_numbers=[s.passport_number for s in summaries],
            passport_book_numbers=[s.passport_book_number for s in summaries],
        )

    @classmethod
    def _built(
        cls,
        *,
        release_due: array[int],
        released: array[int],
        held_status: list[bool],
        as_of: date,
        **columns: Any,
    ) -> RegisterColumns:
        """Who is held, for how long and until when, by `_held`, `_overstay` and `_due_in`."""
        today = as_of.toordinal()
        held = [
            _held(by_status, left, today)
            for by_status, left in zip(held_status, released, strict=True)
        ]
        overstay = array(
            "q",
            (
                _overstay(due, left, still, today)
                for due, left, still in zip(release_due, released, held, strict=True)
            ),
        )
        due_in = array(
            "q", (_due_in(due, still, today) for due, still in zip(release_due, held, strict=True))
        )
        return cls(
            release_due=release_due, overstay=overstay, due_in=due_in, held=bytes(held), **columns
        )


class RegisterService:
    def __init__(self, store: Store, standings: StandingService):
        self.store = store
        self.standings_service = standings

    def summaries(self, as_of: date | None = None) -> list[FileSummary]:
        """Every file, in ref order, with its stored standing; those the day made stale are
        assessed again first."""
        as_of = as_of or date.today()
        if not self.store.read_only:
            self.refresh(as_of)
        with self.store.reading() as session:
            rows = RegisterRepository(session).summaries()
        return _summaries(rows, as_of)

    def columns(self, as_of: date | None = None) -> RegisterColumns:
        """Every file, in ref order, as the files table's columns (see `summaries`)."""
        as_of = as_of or date.today()
        if not self.store.read_only:
            self.refresh(as_of)
        with self.store.reading() as session:
            return RegisterColumns.of_rows(RegisterRepository(session).table_rows(), as_of)

    def longest_overstays(self, as_of: date | None = None, enough: int = 40) -> list[FileSummary]:
        """At least `enough` of the files held longest past release (where there are that
        many), the top of the files table, read from the release-date index in a fraction of
        the time of the whole register, so the window has something to show while the rest
        load.

        Read among the files with the earliest release dates, which hold them all: everyone
        outside the set read was due on or after its latest date d, so was held at most
        (as_of - d) days past release, and the files kept were held at least that long. Files
        of people long gone home come first in release-date order, so the set grows until
        enough are kept."""
        as_of = as_of or date.today()
        if not self.store.read_only:
            self.refresh(as_of)
        count = 200
        while True:
            with self.store.reading() as session:
                rows = RegisterRepository(session).summaries(earliest_due=count)
            earliest = _summaries(rows, as_of)
            if not earliest:
                return []
            latest_due = max(s.release_due for s in earliest if s.release_due is not None)
            # Only people held past release: the order of the rest is the full read's to give.
            at_least = max((as_of - latest_due).days, 1)
            kept = [
                s for s in earliest if s.overstay_days is not None and s.overstay_days >= at_least
            ]
            if len(kept) >= enough or len(rows) < count or count >= FIRST_SCREEN_READ_LIMIT:
                return kept
            count *= 4

    def standings(self, as_of: date | None = None) -> dict[str, FileStanding]:
        """Every file's flags, the desks holding it and its next follow-up, by ref: as stored
        (see `services.standings`), after assessing again those the day made stale."""
        as_of = as_of or date.today()
        if not self.store.read_only:
            self.refresh(as_of)
        with self.store.reading() as session:
            rows = RegisterRepository(session).summaries()
        return {summary.ref: summary.standing for summary in _summaries(rows, as_of)}

    def refresh(self, as_of: date) -> None:
        """Assess again the standings stale on `as_of`, once a day (see `StandingService`)."""
        if self.standings_service.refreshed_on != as_of:
            self.standings_service.refresh(as_of)


def _summaries(rows: Sequence[Sequence[Any]], as_of: date) -> list[FileSummary]:
    summaries = []
    # Most files share a handful of flag sets and desks: each is split once.
    codes = _FlagSets()
    desks: dict[str, tuple[str, ...]] = {}
    for (
        _,
        ref,
        name,
        native,
        verified,
        claimed,
        court,
        prison,
        state,
        status_word,
        due,
        released,
        passport,
        book,
        flags,
        reasons,
        holding,
        follow_up,
    ) in rows:
        status = _STATUS.get(status_word) if status_word else None
        today, left = as_of.toordinal(), _day(released)
        held = _held(_held_by_status(status), left, today)
        days = _overstay(_day(due), left, held, today)
        overstay = None if days == NO_DAY else days
        summaries.append(
            FileSummary(
                ref,
                name,
                native,
                verified or claimed or court or "",
                prison,
                state,
                status,
                due,
                overstay,
                held,
                passport,
                book,
                FileStanding(
                    ref,
                    codes[flags or ""],
                    desks.get(holding) or desks.setdefault(holding, _desks(holding)),
                    follow_up,
                    reasons or "[]",
                ),
            )
        )
    return summaries


def _day(value: date | None) -> int:
    return NO_DAY if value is None else value.toordinal()


def _held_by_status(status: Status | None) -> bool:
    """Whether a status says its person is held (no status recorded: held)."""
    return status is None or status.value in _HELD


def _held(by_status: bool, released: int, today: int) -> bool:
    """Whether someone is held on day number `today`: with a release day recorded, until
    that day; without one, while their status (`by_status`) says so."""
    return by_status if released == NO_DAY else released > today


def _due_in(due: int, held: bool, today: int) -> int:
    """Days until the release day `due` of someone still serving (0: due `today`), else
    NO_DAY."""
    return due - today if held and due != NO_DAY and due >= today else NO_DAY


def _overstay(due: int, released: int, held: bool, today: int) -> int:
    """Days held past the release day `due` as of `today` (up to the release, for someone
    released since), 0 before it; NO_DAY without a release day, or for someone gone with no
    release day recorded."""
    if due == NO_DAY or (released == NO_DAY and not held):
        return NO_DAY
    return max((today if released == NO_DAY else min(released, today)) - due, 0)


class _DayNumbers(dict[date | str | None, int]):
    """Day numbers of dates as stored (ISO text on SQLite, dates on PostgreSQL): each
    distinct date converted once, as most files share their dates with others."""

    def __missing__(self, value: date | str | None) -> int:
        if value is None:
            day = NO_DAY
        else:
            day = (date.fromisoformat(value) if isinstance(value, str) else value).toordinal()
        self[value] = day
        return day


class _FlagSets(dict[str, tuple[Flag, ...]]):
    """The flags of each distinct stored set of codes, split once."""

    def __missing__(self, text: str) -> tuple[Flag, ...]:
        codes = self[text] = tuple(_FLAG[code] for code in text.split())
        return codes


def _desks(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(", ")) if text else ()


def embassy_choices(summaries: list[FileSummary]) -> list[tuple[str, int, int]]:
    """(country code, people held, of them past release) for every nationality among the
    people still held, the most held first."""
    held: Counter[str] = Counter()
    past: Counter[str] = Counter()
    for s in summaries:
        if s.held and s.nationality:
            held[s.nationality] += 1
            past[s.nationality] += bool(s.overstay_days)
    return [(code, count, past[code]) for code, count in held.most_common()]
