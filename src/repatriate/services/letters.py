"""Letters up the chain about one file: a chaser to the desk that holds it, an application under
the Right to Information Act 2005 to that desk's Public Information Officer, a complaint to the
National Human Rights Commission. Each quotes what the file's record says: the letters sent to
the desk, its movements and replies, the days held past release."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import Chain, Hold
from repatriate.domain.desks import Desk, Movement, MovementKind, Role
from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.factsheets import HOME_STATE_ROLES, letter_reference
from repatriate.domain.flags import home_country
from repatriate.domain.followups import Activity, ActivityKind
from repatriate.domain.prisoner import PrisonerFile, Sex
from repatriate.domain.release import Reckoning, reckon
from repatriate.reports.letters import Letter, LetterKind, template, write_docx, write_pdf
from repatriate.services import audit
from repatriate.services.codes import country_name
from repatriate.services.deadlines import due
from repatriate.services.desks import DeskService
from repatriate.services.output_files import replacing
from repatriate.services.settings import SettingsService
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.followups import FollowUpRepository
from repatriate.storage.store import Store

FORMATS = (".pdf", ".docx")
REFERENCE_SUFFIX = {LetterKind.CHASER: "CH", LetterKind.RTI: "RTI", LetterKind.NHRC: "NHRC"}
"""Added to the clinic's reference pattern with the file number, so that each letter has its
own reference."""

NOT_PUBLIC_AUTHORITY = HOME_STATE_ROLES | {Role.UNHCR}

_PARENT = {Sex.MALE: "son", Sex.FEMALE: "daughter"}


@dataclass(frozen=True, slots=True)
class Written:
    letter: Letter
    desk: Desk
    target: Path


def letter_kind(text: str) -> LetterKind:
    try:
        return LetterKind(text)
    except ValueError:
        choices = ", ".join(k.value for k in LetterKind)
        raise InvalidInput([FieldError("kind", text, f"must be one of {choices}")]) from None


def letter_format(target: Path) -> str:
    """The format the file name asks for: .pdf or .docx."""
    suffix = target.suffix.casefold()
    if suffix not in FORMATS:
        raise InvalidInput([FieldError("output", str(target), "must end in .pdf or .docx")])
    return suffix


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def person(pf: PrisonerFile, reckoning: Reckoning) -> str:
    """The person as the letter names them, with what the file has to tell them apart."""
    text = pf.name + (f" ({pf.name_native})" if pf.name_native.strip() else "")
    if pf.father_name.strip():
        text += f", {_PARENT.get(pf.sex, 'child') if pf.sex else 'child'} of {pf.father_name}"
    country = home_country(pf)
    if country:
        text += f", a national of {country_name(country)}"
    if pf.prison.strip():
        text += f", held at {pf.prison}"
        if pf.prisoner_number.strip():
            text += f" as prisoner number {pf.prisoner_number}"
    return text


def _letter_line(m: Movement) -> str:
    letter = f"letter {m.letter_ref}" if m.letter_ref else "a letter without a reference"
    if m.kind is MovementKind.FORWARDED:
        source = f" by {m.from_desk}" if m.from_desk else ""
        return f"{m.on.isoformat()}: the file forwarded to you{source}, with its {letter}"
    via = f" by {m.via.value}" if m.via else ""
    return f"{m.on.isoformat()}: the file sent to you with our {letter}{via}"


def earlier_letters(
    code: str, movements: tuple[Movement, ...], activities: list[Activity]
) -> list[str]:
    """The letters the desk has had about the file: the movements that sent or forwarded the
    file to it, and the letters logged as activities with it, in date order."""
    dated: list[tuple[date, str]] = [
        (m.on, _letter_line(m))
        for m in movements
        if m.desk == code and m.kind in (MovementKind.SENT, MovementKind.FORWARDED)
    ]
    dated += [
        (a.on, f"{a.on.isoformat()}: our letter" + (f" ({a.outcome})" if a.outcome else ""))
        for a in activities
        if a.kind is ActivityKind.LETTER and a.desk == code
    ]
    return [line for _, line in sorted(dated, key=lambda d: d[0])]


def chronology(
    pf: PrisonerFile,
    reckoning: Reckoning,
    movements: tuple[Movement, ...],
    activities: list[Activity],
    desks: dict[str, Desk],
) -> list[str]:
    """The file's history for the Commission: arrest, conviction, release due, every movement
    between desks and every reply, in date order, then the days held past release."""

    def named(code: str) -> str:
        desk = desks.get(code)
        return f"{desk.name}, {desk.organisation}" if desk else code

    dated: list[tuple[date, int, str]] = []
    if pf.arrest_date:
        dated.append((pf.arrest_date, 0, "arrested"))
    if pf.conviction_date:
        court = f" by {pf.court}" if pf.court.strip() else ""
        dated.append((pf.conviction_date, 1, f"convicted{court}"))
    if reckoning.release_due:
        dated.append((reckoning.release_due, 2, "due for release on completing the sentence"))
    for m in movements:
        words = {
            MovementKind.SENT: f"the file sent to {named(m.desk)}",
            MovementKind.ACKNOWLEDGED: f"{named(m.desk)} acknowledged the file",
            MovementKind.REPLY: f"{named(m.desk)} replied",
            MovementKind.RETURNED: f"{named(m.desk)} returned the file",
            MovementKind.FORWARDED: f"the file forwarded to {named(m.desk)}"
            + (f" by {named(m.from_desk)}" if m.from_desk else ""),
            MovementKind.CLEARED: f"{named(m.desk)} cleared the file",
        }[m.kind]
        if m.letter_ref:
            words += f" (letter {m.letter_ref})"
        if m.reason:
            words += f": {m.reason}"
        dated.append((m.on, 3, words))
    for a in activities:
        if a.reply or a.kind is ActivityKind.LETTER:
            who = named(a.desk) if a.desk else "the desk"
            what = f"{who} replied" if a.reply else f"our letter to {who}"
            dated.append((a.on, 3, what + (f": {a.outcome}" if a.outcome else "")))
    lines = [f"{day.isoformat()}: {what}" for day, _, what in sorted(dated, key=lambda d: d[:2])]
    if reckoning.overstay_days:
        lines.append(
            f"{reckoning.as_of.isoformat()}: held {reckoning.overstay_days} days past release"
        )
    return lines


def addressee(desk: Desk, kind: LetterKind, on: date) -> tuple[str, ...]:
    lines = []
    if kind is LetterKind.RTI:
        lines.append("The Public Information Officer")
    elif (officer := desk.officer_on(on)) is not None:
        lines.append(", ".join(p for p in (officer.name, officer.title) if p))
    lines += [desk.name, desk.organisation, desk.address]
    if desk.city and desk.city not in desk.address:
        lines.append(desk.city)
    return tuple(line for line in lines if line.strip())


class LetterService:
    def __init__(self, store: Store, settings: SettingsService, desks: DeskService) -> None:
        self.store = store
        self.settings = settings
        self.desks = desks

    def letter(
        self, kind: LetterKind, ref: str, *, to: str | None = None, as_of: date | None = None
    ) -> tuple[Letter, Desk]:
        """The letter of `kind` about file `ref` on `as_of`, to desk `to` (for the NHRC: about
        it), else to the desk that holds the file."""
        as_of = as_of or date.today()
        chosen = self.desks.find(to) if to is not None else None
        with self.store.unit_of_work() as session:
            files = FileRepository(session)
            pf = files.get(ref)
            reckoning = reckon(pf, as_of, files.rule)
            chain = Chain.of(MovementRepository(session).of_file(ref), as_of)
            activities = [a for a in FollowUpRepository(session).activities(ref) if a.on <= as_of]
            desks = {d.code: d for d in DeskRepository(session).all()}
        desk = chosen or self._holder(ref, chain, desks)
        if kind is LetterKind.RTI and (desk.country != "IN" or desk.role in NOT_PUBLIC_AUTHORITY):
            # Right to Information Act 2005, s.2(h) and s.6(1): a request goes to a public
            # authority of India; a foreign state's mission or ministry, or UNHCR, is not one.
            raise InvalidInput(
                [FieldError("desk", desk.code, "is not an Indian public authority: no RTI")]
            )
        hold = next((h for h in reversed(chain.holds) if h.desk == desk.code), None)
        return self._letter(kind, pf, reckoning, chain, activities, desks, desk, hold), desk

    def write(
        self,
        kind: LetterKind,
        ref: str,
        target: Path,
        *,
        to: str | None = None,
        as_of: date | None = None,
    ) -> Written:
        """Write the letter as PDF or Word (from the file name's ending) and note it in the
        audit log."""
        form = letter_format(target)
        letter, desk = self.letter(kind, ref, to=to, as_of=as_of)
        letterhead = self.settings.letterhead()
        with replacing(target) as out:
            (write_pdf if form == ".pdf" else write_docx)(letter, letterhead, out)
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.PRINT, ref, f"letter {kind.value} {desk.code}")
        return Written(letter, desk, target)

    def _holder(self, ref: str, chain: Chain, desks: dict[str, Desk]) -> Desk:
        holding = [h.desk for h in chain.holding]
        if not holding:
            raise InvalidInput([FieldError("desk", "(none)", f"no desk holds {ref}: give --to")])
        if len(holding) > 1:
            held = ", ".join(holding)
            raise InvalidInput([FieldError("desk", "(none)", f"held by {held}: say which")])
        return desks[holding[0]]

    def _letter(
        self,
        kind: LetterKind,
        pf: PrisonerFile,
        reckoning: Reckoning,
        chain: Chain,
        activities: list[Activity],
        desks: dict[str, Desk],
        desk: Desk,
        hold: Hold | None,
    ) -> Letter:
        as_of = chain.as_of
        held_past = bool(reckoning.overstay_days)
        letters = earlier_letters(desk.code, chain.movements, activities)
        values = {
            "ref": pf.ref,
            "name": pf.name,
            "person": person(pf, reckoning),
            "release_due": _day(reckoning.release_due),
            "overstay_days": str(reckoning.overstay_days) if held_past else "",
            "desk": f"{desk.name}, {desk.organisation}",
            "held_since": _day(hold.start) if hold and hold.end is None else "",
            "held_days": str(hold.days(as_of)) if hold and hold.end is None else "",
            "letters_count": str(len(letters)) if letters else "",
            "date": as_of.isoformat(),
        }
        lists: dict[str, tuple[str, ...]] = {"earlier_letters": tuple(letters)}
        if kind is LetterKind.RTI:
            # Counted from the day the Public Information Officer receives the application
            # (RTI Act 2005, s.7(1)): the letter gives the date if it is received on its date.
            reply = due("rti_reply", as_of, desk.country, desk.state or None)
            values["reply_due"] = reply.due.isoformat()
            lists["reply_working"] = reply.working
            if held_past:
                # s.7(1), proviso: information concerning the life or liberty of a person is
                # supplied within forty-eight hours. Held past release, liberty is at stake.
                liberty = due("rti_reply_life_or_liberty", as_of, desk.country, desk.state or None)
                values["liberty_reply_due"] = liberty.due.isoformat()
        if kind is LetterKind.NHRC:
            lists["chronology"] = tuple(
                chronology(pf, reckoning, chain.movements, activities, desks)
            )
        reference = "/".join(
            (
                letter_reference(
                    self.settings.letterhead().reference, home_country(pf) or "XX", as_of, 1
                ),
                pf.ref,
                REFERENCE_SUFFIX[kind],
            )
        )
        values["reference"] = reference
        to = template(kind).addressee or addressee(desk, kind, as_of)
        return Letter(kind, pf.ref, reference, as_of, to, values, lists)
