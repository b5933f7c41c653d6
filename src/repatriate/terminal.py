"""How the headless commands lay out a file and a list in a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from repatriate.domain.desks import Via
from repatriate.domain.flags import at_risk_if_returned
from repatriate.domain.followups import AgendaItem, FollowUpKind, agenda_by_desk
from repatriate.domain.orders import Order
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import describe_sentence
from repatriate.domain.rti import RtiApplication, RtiClocks, overdue_reason
from repatriate.domain.wording import counted
from repatriate.services.codes import country_name
from repatriate.services.movements import Whereabouts
from repatriate.services.overstays import Assessment

MAX_COLUMN = 40


def width(text: str) -> int:
    """Columns a string takes in a terminal: wide East Asian characters take two, combining
    marks (Bengali vowel signs, accents) none."""
    if text.isascii():
        return len(text)
    return sum(
        0
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def _fit(text: str, columns: int) -> str:
    if width(text) <= columns:
        return text + " " * (columns - width(text))
    cut = text
    while width(cut) > columns - 1:
        cut = cut[:-1]
    return cut + "…" + " " * (columns - 1 - width(cut))


def print_table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [
        min(MAX_COLUMN, max([width(h), *(width(r[i]) for r in rows)])) for i, h in enumerate(header)
    ]
    for cells in (header, *rows):
        print("  ".join(_fit(c, w) for c, w in zip(cells, widths, strict=True)).rstrip(), file=out)


def _country(code: str | None) -> str:
    return f"{country_name(code)} ({code})" if code else "—"


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _answer(value: bool | None, yes: str, no: str) -> str:
    return "—" if value is None else yes if value else no


def _lines(pf: PrisonerFile) -> list[tuple[str, str]]:
    passport = pf.passport_number or "—"
    book = pf.passport_book_number or "—"
    held = pf.passport_held_by.value if pf.passport_held_by else "unknown"
    copy = "a copy on file" if pf.passport_copy_on_file else "no copy on file"
    verified = _country(pf.verified_nationality)
    if pf.verified_on:
        verified += f" on {pf.verified_on}"
    sentence = pf.sentence
    return [
        ("name (own script)", pf.name_native or "—"),
        ("aliases", "; ".join(pf.aliases) or "—"),
        ("sex, born", f"{pf.sex.value.upper() if pf.sex else '—'}, {_day(pf.birth_date)}"),
        ("languages", ", ".join(pf.languages) or "—"),
        ("nationality claimed", _country(pf.claimed_nationality)),
        ("recorded by court", _country(pf.court_nationality)),
        ("verified by embassy", verified),
        ("passport number", passport),
        ("passport book number", f"{book} (original: {held}; {copy})"),
        ("home address", pf.home_address or "—"),
        ("in own script", pf.home_address_native or "—"),
        ("prison", ", ".join(p for p in (pf.prison, pf.state) if p) or "—"),
        ("prisoner number", pf.prisoner_number or "—"),
        ("arrested", _day(pf.arrest_date)),
        ("charge", pf.charge or "—"),
        ("court, case", ", ".join(p for p in (pf.court, pf.case_number) if p) or "—"),
        ("convicted", _day(pf.conviction_date)),
        (
            "sentence",
            f"{describe_sentence(sentence)}; set-off {sentence.set_off_days} days, remission "
            f"{sentence.remission_days} days, fine default {sentence.fine_default_days} days",
        ),
        ("released/repatriated", _day(pf.released_on)),
        ("status", pf.status.value if pf.status else "—"),
        ("sentence final", _answer(pf.sentence_final, "yes", "no, an appeal is pending")),
        ("transfer consent", pf.transfer_consent.value if pf.transfer_consent else "—"),
        ("category", pf.category.value if pf.category else "—"),
        ("at risk if returned", "yes" if at_risk_if_returned(pf) else "no"),
        ("consular access", _day(pf.consular_access_on)),
    ]


def describe_assessment(assessment: Assessment) -> str:
    """A file for the terminal: its fields, the release-date working, problems and flags."""
    pf, reckoning = assessment.file, assessment.reckoning
    lines = [f"{pf.ref}  {pf.name}"]
    label_width = max(len(label) for label, _ in _lines(pf))
    lines += [f"  {label:<{label_width}}  {value}" for label, value in _lines(pf)]
    lines.append("")
    lines.append(f"Release date, as of {reckoning.as_of}:")
    lines += [f"  {step}" for step in reckoning.steps] or ["  no conviction or arrest date"]
    if reckoning.release_due is not None:
        lines.append(f"  release due {reckoning.release_due}")
    if reckoning.overstay_days is not None:
        lines.append(f"  days held past release: {reckoning.overstay_days}")
    if reckoning.problems:
        lines.append("Data problems:")
        lines += [f"  {problem}" for problem in reckoning.problems]
    lines.append("Flags:" if assessment.flags else "Flags: none")
    lines += [f"  {raised.flag.value}: {raised.reason}" for raised in assessment.flags]
    return "\n".join(lines) + "\n"


def describe_whereabouts(where: Whereabouts) -> str:
    """Where a file is on a day: the desks holding it, the route, notes on the desks that
    matter now, the history of its movements up to that day."""
    chain, desks = where.chain, where.desks

    def desk(code: str) -> str:
        found = desks.get(code)
        return f"{code} ({found.organisation})" if found else code

    route = where.progress.route.name if where.progress else "no route for this country"
    lines = [f"{where.file.ref}  {where.file.name}  —  route: {route}", ""]
    if where.later_movements:
        lines.append(
            f"As of {chain.as_of}: {where.later_movements} movement(s) recorded after that day "
            "are not counted."
        )
    stalled = {s.hold.desk: s for s in where.stalls}
    if chain.holding:
        lines.append(f"Held now, as of {chain.as_of}:")
        for hold in chain.holding:
            line = f"  {desk(hold.desk)} since {hold.start} ({hold.days(chain.as_of)} days)"
            if hold.desk in stalled:
                line += f"  STALLED: expected {stalled[hold.desk].expected_days} days"
            lines.append(line)
    else:
        lines.append(f"Held by no desk as of {chain.as_of}: the next move is the clinic's.")
    lines.append(
        f"Back and forth: came back to a desk it had left {chain.comebacks} time(s); "
        f"returned with an objection {chain.objections} time(s)."
    )
    if where.progress:
        lines += _route_lines(where)
    notes = _desk_notes(where)
    if notes:
        lines += ["", "Notes on the desks:"]
        lines += [f"  {code}: {note}" for code, note in notes]
    lines.append("")
    lines.append("History:" if chain.movements else "History: no movement recorded yet.")
    for m in chain.movements:
        extra = [
            part
            for part in (
                f"from {m.from_desk}" if m.from_desk else "",
                _VIA.get(m.via, "") if m.via else "",
                f"letter {m.letter_ref}" if m.letter_ref else "",
                f"objection: {m.reason}" if m.reason else "",
                m.note,
            )
            if part
        ]
        detail = f"  ({'; '.join(extra)})" if extra else ""
        lines.append(f"  {m.on}  {m.kind.value:<12} {desk(m.desk)}{detail}")
    return "\n".join(lines) + "\n"


_VIA = {
    Via.POST: "by post",
    Via.EMAIL: "by e-mail",
    Via.BY_HAND: "by hand",
    Via.FAX: "by fax",
    Via.PORTAL: "through the portal",
}


def _route_lines(where: Whereabouts) -> list[str]:
    """The route's steps, each done, in progress (now), to send next, or still to come."""
    progress = where.progress
    assert progress is not None
    steps = len(progress.done) + len(progress.left)
    lines = ["", f"Route: {len(progress.done)} of {steps} steps done"]
    for step in progress.route.steps:
        if step in progress.done:
            state = "done"
        elif step in progress.current:
            state = "now "
        elif step in progress.next_steps:
            state = "send"
        elif step in progress.left:
            state = "next"
        else:
            continue
        source = "" if step.source == "case study" else " (our assumption)"
        gone = " — the file has gone beyond it; no clearance recorded"
        lines.append(
            f"  {state}  {step.stage}. {step.title}{source}"
            + (gone if step in progress.passed else "")
        )
        if step.note and state in ("now ", "send"):
            lines.append(f"        {step.note}")
    for step, options in where.next_desks:
        codes = ", ".join(d.code for d in options) or "no desk in the directory yet"
        lines.append(f"  → send next: {step.title}: {codes}")
    return lines


def _desk_notes(where: Whereabouts) -> list[tuple[str, str]]:
    """Notes of the home country's missions (how they work, from the case study) and of the
    desks holding the file now."""
    codes = [d.code for d in where.country_notes]
    codes += [h.desk for h in where.chain.holding if h.desk not in codes]
    found = [where.desks[code] for code in codes if code in where.desks]
    return [(d.code, " ".join(d.notes.split())) for d in found if d.notes.strip()]


def describe_agenda(items: Sequence[AgendaItem], week: str, as_of: date) -> str:
    """The week's follow-ups by desk: one call covers all of a desk's files."""
    if not items:
        return f"Nothing to follow up in {week}.\n"
    lines = [f"Follow-ups for {week} (as of {as_of}): {len(items)}"]
    unchased = [item for item in items if item.kind is FollowUpKind.UNCHASED]
    if unchased:
        lines.append("")
        lines.append(f"nobody is chasing these: {counted(len(unchased), 'file')}")
        for item in unchased:
            send = f"  send to {item.next_desk}" if item.next_desk else ""
            lines.append(
                f"  {item.ref:<14} {_fit(item.name, 24)} released {item.due}  "
                f"held {item.past_release} days past release{send}"
            )
    chases = [item for item in items if item.kind is not FollowUpKind.UNCHASED]
    for desk, group in agenda_by_desk(chases):
        lines.append("")
        lines.append(f"{desk or 'no desk'}: {counted(len(group), 'file')}")
        for item in group:
            late = f"overdue {item.overdue_days} days" if item.overdue_days else "due"
            what = f"  {item.title}" if item.title else ""
            lines.append(
                f"  {item.ref:<14} {_fit(item.name, 24)} {item.due}  {late}  "
                f"{item.kind.value}{what}"
            )
            if item.escalate:
                lever = item.escalate.value
                lines.append(
                    f"      {item.unanswered} weekly follow-ups unanswered: consider {lever}"
                )
    return "\n".join(lines) + "\n"


def describe_order(ref: str, order: Order, as_of: date) -> str:
    """One order: who made it, against whom, what it directs, and where it stands."""
    against = f" against {order.desk}" if order.desk else ""
    lines = [f"order {order.id}  {ref}  {order.by}, {order.on}{against}"]
    lines.append(f"  directs: {' '.join(order.directs.split())}")
    late = order.overdue_days(as_of)
    if order.complied_on is not None:
        lines.append(f"  comply by {order.comply_by}: complied with on {order.complied_on}")
    elif late:
        lines.append(f"  comply by {order.comply_by}: overdue {late} days; {order.next_lever}")
    else:
        lines.append(f"  comply by {order.comply_by}")
    if order.note:
        lines.append(f"  note: {' '.join(order.note.split())}")
    return "\n".join(lines) + "\n"


def describe_rti(ref: str, a: RtiApplication, clocks: RtiClocks, as_of: date) -> str:
    """One RTI application: to whom, its steps so far, each due date with its working."""
    pio = f" ({a.pio})" if a.pio else ""
    urgent = ", life or liberty" if a.life_or_liberty else ""
    lines = [f"rti {a.id}  {ref}  to {a.desk}{pio}, filed {a.filed_on}{urgent}"]
    lines.append(f"  subject: {' '.join(a.subject.split())}")
    steps = (
        ("received", a.received_on),
        ("reply", a.reply_on),
        ("first appeal", a.first_appeal_on),
        ("first appeal decided", a.first_appeal_decided_on),
        ("second appeal", a.second_appeal_on),
    )
    done = [f"{name} {day}" for name, day in steps if day is not None]
    if done:
        lines.append(f"  {'; '.join(done)}")
    reason = overdue_reason(a, clocks, as_of)
    if reason:
        lines.append(f"  OVERDUE: {reason}")
    for deadline in clocks.all:
        lines.append(f"  {deadline.clock.name}: due {deadline.due}")
        lines += [f"      {step}" for step in deadline.working]
    if a.note:
        lines.append(f"  note: {' '.join(a.note.split())}")
    return "\n".join(lines) + "\n"
