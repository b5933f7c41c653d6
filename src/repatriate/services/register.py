"""The register: every file in one list, for the window's files table and the overview.

Two reads, so that the window is usable at once on a large database: `summaries` is one light
query (what the table shows and filters on); `standings` assesses every file in full (flags,
desks holding it, next follow-up) and is meant for a background worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from repatriate.domain.chain import Hold, Stall
from repatriate.domain.flags import RaisedFlag, raise_flags
from repatriate.domain.prisoner import Status
from repatriate.domain.release import reckon
from repatriate.services.followups import FollowUpService, Week
from repatriate.services.overstays import transfer_agreements
from repatriate.services.settings import SettingsService
from repatriate.storage.files import FileRepository
from repatriate.storage.register import RegisterRepository
from repatriate.storage.store import Store

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
FOLLOW_UP_HORIZON = timedelta(days=366)
FIRST_SCREEN_READ_LIMIT = 12_800
"""Beyond this many rows the first screen saves too little over reading everything."""
"""How far ahead the next follow-up of a file is looked for."""


_STATUS = {status.value: status for status in Status}
"""A dict lookup: calling the enum is a third of the read's time at 100,000 files."""


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


@dataclass(frozen=True, slots=True)
class FileStanding:
    """A file's full assessment as of a date."""

    ref: str
    flags: tuple[RaisedFlag, ...]
    holding: tuple[str, ...]
    """Codes of the desks holding the file now."""
    next_follow_up: date | None


class RegisterService:
    def __init__(self, store: Store, settings: SettingsService, followups: FollowUpService):
        self.store = store
        self.settings = settings
        self.followups = followups

    def summaries(self, as_of: date | None = None) -> list[FileSummary]:
        """Every file, in ref order."""
        as_of = as_of or date.today()
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

    def standings(
        self,
        as_of: date | None = None,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> dict[str, FileStanding]:
        """Every file's flags, the desks holding it and its next follow-up, by ref."""
        as_of = as_of or date.today()
        thresholds = self.settings.thresholds()
        groups = self.settings.at_risk_groups()
        agreements = transfer_agreements()
        with self.store.reading() as session:
            register = RegisterRepository(session)
            holds = register.open_holds(as_of)
            started = register.started(as_of)
            photos = register.photos()
            repository = FileRepository(session)
            files = list(repository.iter_all())
            rule = repository.rule
        upcoming = self.followups.agenda(Week(as_of, as_of + FOLLOW_UP_HORIZON, as_of))
        next_due: dict[str, date] = {}
        for item in upcoming:
            if item.ref not in next_due or item.due < next_due[item.ref]:
                next_due[item.ref] = item.due
        standings: dict[str, FileStanding] = {}
        total = len(files)
        for done, pf in enumerate(files):
            if done % 2000 == 0:
                if cancelled is not None and cancelled():
                    return standings
                if progress is not None:
                    progress(done, total)
            file_id = pf.id or 0
            if file_id in photos:
                pf = pf.replace(photos=photos[file_id])
            holding = holds.get(file_id, [])
            stalls = [
                Stall(Hold(code, since), (as_of - since).days, expected)
                for code, since, expected in holding
                if (as_of - since).days > expected
            ]
            flags = raise_flags(
                pf,
                reckon(pf, as_of, rule),
                thresholds,
                agreements,
                repatriation_started=file_id in started,
                stalls=stalls,
                at_risk_groups=groups,
            )
            standings[pf.ref] = FileStanding(
                pf.ref, flags, tuple(code for code, _, _ in holding), next_due.get(pf.ref)
            )
        if progress is not None:
            progress(total, total)
        return standings


def _summaries(rows: Sequence[Sequence[Any]], as_of: date) -> list[FileSummary]:
    summaries = []
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
            )
        )
    return summaries
