"""The register: every file in one list, for the window's files table and the overview.

`summaries` is one light query: what the table shows and filters on, with each file's flags,
desks holding it and next follow-up as stored with it (see `services.standings`), so that the
table shows them with its first rows, without assessing every file as the window starts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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
    codes: dict[str, tuple[Flag, ...]] = {}
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
        held = (status is None or status.still_held) if released is None else released > as_of
        overstay = None
        if due is not None and (released is not None or held):
            end = min(released, as_of) if released else as_of
            overstay = max((end - due).days, 0)
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
                    codes.get(flags) or codes.setdefault(flags, _flags(flags)),
                    desks.get(holding) or desks.setdefault(holding, _desks(holding)),
                    follow_up,
                    reasons or "[]",
                ),
            )
        )
    return summaries


def _flags(text: str | None) -> tuple[Flag, ...]:
    return tuple(_FLAG[code] for code in (text or "").split())


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
