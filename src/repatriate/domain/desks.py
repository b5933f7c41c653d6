"""Desks: the ministries, departments, embassies and offices a repatriation file passes through.

The case study counts some 32 of them between India and the home country, with no published
procedure, so the file "swings back and forth". Which desks a file must pass is data (routes in
resources/routes), not code; desks are found for a file by their role, the Indian state they
serve and the country they deal with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from repatriate.domain.prisoner import WordEnum

DEFAULT_EXPECTED_DAYS = 30


class Role(WordEnum):
    """What a desk does in the chain; route steps name roles, not particular desks."""

    PRISON = "prison"
    STATE_PRISONS = "state prisons"
    STATE_HOME = "state home"
    POLICE = "police"
    FRRO = "frro"
    MHA = "mha"
    MEA_CONSULAR = "mea consular"
    MEA_TERRITORIAL = "mea territorial"
    EMBASSY = "embassy"
    HOME_FOREIGN_MINISTRY = "home foreign ministry"
    HOME_VERIFICATION = "home verification"
    HOME_REPATRIATION = "home repatriation"
    TRAVEL_DOCUMENTS = "travel documents"
    BORDER = "border"
    COURT = "court"
    UNHCR = "unhcr"
    OTHER = "other"


class MovementKind(WordEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    REPLY = "reply"
    RETURNED = "returned"
    FORWARDED = "forwarded"
    CLEARED = "cleared"

    @property
    def takes_the_file(self) -> bool:
        """The desk has the file after this movement (sent to it, forwarded to it, or it
        acknowledged receipt)."""
        return self in (MovementKind.SENT, MovementKind.ACKNOWLEDGED, MovementKind.FORWARDED)


class Via(WordEnum):
    POST = "post"
    EMAIL = "e-mail"
    BY_HAND = "by hand"
    FAX = "fax"
    PORTAL = "portal"


@dataclass(frozen=True, slots=True)
class Officer:
    name: str
    title: str = ""
    since: date | None = None
    until: date | None = None
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Desk:
    code: str
    """Short code, unique: what `move --to` takes (as it takes a unique name)."""
    name: str
    organisation: str
    role: Role
    country: str = "IN"
    """Where the desk is (ISO 3166-1 alpha-2)."""
    serves: tuple[str, ...] = ()
    """Countries it deals with: an embassy's own country, a territorial division's countries."""
    state: str = ""
    """The Indian state a state department, prison or FRRO serves."""
    division: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    expected_days: int = DEFAULT_EXPECTED_DAYS
    """How long the desk should hold a file; longer than this, the file is stalled there."""
    notes: str = ""
    source: str = ""
    officers: tuple[Officer, ...] = ()
    id: int | None = None

    def officer_on(self, day: date) -> Officer | None:
        """Who held the post on a day (the newest appointment if dates overlap)."""
        serving = [
            o
            for o in self.officers
            if (o.since is None or o.since <= day) and (o.until is None or day <= o.until)
        ]
        return max(serving, key=lambda o: o.since or date.min, default=None)


@dataclass(frozen=True, slots=True)
class Movement:
    """One event in a file's passage: sent to, acknowledged by, replied, returned with an
    objection, forwarded (from another desk), cleared."""

    desk: str
    """The code of the desk the movement concerns (the one sent to, or that replied)."""
    kind: MovementKind
    on: date
    from_desk: str = ""
    """For a forward: the desk that passed the file on."""
    letter_ref: str = ""
    via: Via | None = None
    reason: str = ""
    """For a return: the objection."""
    note: str = ""
    id: int | None = None
