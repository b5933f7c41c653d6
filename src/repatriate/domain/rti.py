"""Right to Information applications on a file, and the statutory clocks they run against.

An application to a public authority's Public Information Officer must be answered within 30
days of its receipt, or 48 hours where the information concerns a person's life or liberty
(Right to Information Act 2005, s.7(1)); no answer in time is a deemed refusal (s.7(2)). A
first appeal lies to the officer senior to the PIO within 30 days of the reply or of the
expiry of the period (s.19(1)) and is decided within 30 days (s.19(6)); a second appeal lies
to the Information Commission within 90 days of the decision, or of the day it should have
been made (s.19(3)). Each due date is counted by `domain.deadlines` at the office's calendar
(its state's public holidays), so that the working can be shown step by step.

`RtiApplication` is the record an RTI application letter, a first or second appeal and the
advocacy report are written from; `RtiClocks` its due dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from repatriate.domain.deadlines import Deadline
from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import text_errors
from repatriate.domain.wording import Wording, template

NO_REPLY = template(
    "RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, "
    "s.7(2)); %4"
)
FILE_FIRST_APPEAL = template("file the first appeal by %1 (RTI Act 2005, s.19(1))")
FIRST_APPEAL_LATE = template(
    "the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, "
    "s.19(1), proviso)"
)
NO_DECISION = template(
    "RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision "
    "recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, "
    "s.19(3))"
)

TEXT_MAX = 2000
PIO_MAX = 200
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

DueOn = Callable[[str, date], Deadline]
"""The deadline of a clock (by its code in resources/data/deadlines.json) counted from a day,
at the office the application went to."""


@dataclass(frozen=True, slots=True)
class RtiApplication:
    """An application under the Right to Information Act 2005, and its appeals."""

    desk: str
    """The code of the desk (public authority) the application went to."""
    filed_on: date
    """The day it was sent or handed in."""
    subject: str
    """The information sought, in a line or two."""
    pio: str = ""
    """The Public Information Officer it is addressed to, if known."""
    received_on: date | None = None
    """The day the PIO received it (postal receipt); None: counted from `filed_on`."""
    life_or_liberty: bool = False
    """The information concerns a person's life or liberty: 48 hours (s.7(1), proviso)."""
    reply_on: date | None = None
    first_appeal_on: date | None = None
    first_appeal_decided_on: date | None = None
    second_appeal_on: date | None = None
    note: str = ""
    id: int | None = None

    def cleaned(self) -> RtiApplication:
        """The application with its texts' surrounding blanks taken off."""
        return replace(
            self, subject=self.subject.strip(), pio=self.pio.strip(), note=self.note.strip()
        )


@dataclass(frozen=True, slots=True)
class RtiClocks:
    """An application's due dates, each with its working."""

    reply: Deadline
    first_appeal: Deadline
    """The last day to file the first appeal: from the reply, or from the reply's due date."""
    first_appeal_decision: Deadline | None
    """When the first appeal must be decided; None until one is filed."""
    second_appeal: Deadline | None
    """The last day to file the second appeal; None until a first appeal is filed."""

    @property
    def all(self) -> tuple[Deadline, ...]:
        found = (self.reply, self.first_appeal, self.first_appeal_decision, self.second_appeal)
        return tuple(d for d in found if d is not None)


def rti_clocks(application: RtiApplication, due_on: DueOn) -> RtiClocks:
    """The application's due dates at its office (`due_on` knows the office's calendar)."""
    a = application
    code = "rti_reply_life_or_liberty" if a.life_or_liberty else "rti_reply"
    reply = due_on(code, a.received_on or a.filed_on)
    first_appeal = due_on("rti_first_appeal", a.reply_on or reply.due)
    decision = second = None
    if a.first_appeal_on is not None:
        decision = due_on("rti_first_appeal_decision", a.first_appeal_on)
        second = due_on("rti_second_appeal", a.first_appeal_decided_on or decision.due)
    return RtiClocks(reply, first_appeal, decision, second)


def overdue_reason(application: RtiApplication, clocks: RtiClocks, as_of: date) -> str:
    """Why the application is overdue on `as_of`, in English; "" when nothing is overdue."""
    wording = overdue_wording(application, clocks, as_of)
    return "" if wording is None else str(wording)


def overdue_wording(application: RtiApplication, clocks: RtiClocks, as_of: date) -> Wording | None:
    """Why the application is overdue on `as_of`, with the next step and its due date; None
    when nothing is overdue: no reply by its due date and no first appeal filed, or no
    decision on the first appeal by its due date and no second appeal filed."""
    a = application
    if a.reply_on is None and a.first_appeal_on is None and clocks.reply.overdue(as_of):
        step = Wording(FILE_FIRST_APPEAL, (clocks.first_appeal.due,))
        if clocks.first_appeal.overdue(as_of):
            step = Wording(FIRST_APPEAL_LATE, (clocks.first_appeal.due,))
        return Wording(NO_REPLY, (a.desk, a.filed_on, clocks.reply.due, step))
    decision, second = clocks.first_appeal_decision, clocks.second_appeal
    if (
        decision is not None
        and second is not None
        and a.first_appeal_decided_on is None
        and a.second_appeal_on is None
        and decision.overdue(as_of)
    ):
        return Wording(
            NO_DECISION,
            (a.desk, a.filed_on, a.first_appeal_on or decision.due, decision.due, second.due),
        )
    return None


def next_change(application: RtiApplication, clocks: RtiClocks) -> date | None:
    """The first day on which time alone could make the application overdue, or change what
    its reason says: the day after a due date it is waiting on."""
    a = application
    days = []
    if a.reply_on is None and a.first_appeal_on is None:
        days += [clocks.reply.due, clocks.first_appeal.due]
    if clocks.first_appeal_decision is not None and a.first_appeal_decided_on is None:
        days.append(clocks.first_appeal_decision.due)
    return min(days, default=None)


def rti_errors(application: RtiApplication, today: date) -> list[FieldError]:
    """Every problem with an application, each naming the field and the value."""
    a = application
    errors: list[FieldError] = []
    if not a.subject.strip():
        errors.append(FieldError("subject", a.subject, "say what information is sought"))
    errors += text_errors("subject", a.subject, TEXT_MAX, multiline=True)
    errors += text_errors("pio", a.pio, PIO_MAX, multiline=False)
    errors += text_errors("note", a.note, TEXT_MAX, multiline=True)
    received = ("received", a.received_on) if a.received_on else ("filed", a.filed_on)
    decided = (
        ("decided", a.first_appeal_decided_on)
        if a.first_appeal_decided_on
        else ("first-appeal", a.first_appeal_on)
    )
    # Each step and the one it cannot come before. A reply may come after a first appeal.
    steps: tuple[tuple[str, date | None, tuple[str, date | None] | None], ...] = (
        ("filed", a.filed_on, None),
        ("received", a.received_on, ("filed", a.filed_on)),
        ("reply", a.reply_on, received),
        ("first-appeal", a.first_appeal_on, received),
        ("decided", a.first_appeal_decided_on, ("first-appeal", a.first_appeal_on)),
        ("second-appeal", a.second_appeal_on, decided),
    )
    for name, day, after in steps:
        if day is None:
            continue
        if not EARLIEST <= day <= LATEST:
            errors.append(FieldError(name, day.isoformat(), "not a date from 1900 to 2100"))
        elif day > today:
            errors.append(FieldError(name, day.isoformat(), "in the future"))
        elif after is not None and after[1] is not None and day < after[1]:
            errors.append(
                FieldError(name, day.isoformat(), f"before the {after[0]} date ({after[1]})")
            )
    if a.first_appeal_decided_on is not None and a.first_appeal_on is None:
        errors.append(
            FieldError("decided", a.first_appeal_decided_on.isoformat(), "no first appeal filed")
        )
    if a.second_appeal_on is not None and a.first_appeal_on is None:
        errors.append(
            FieldError("second-appeal", a.second_appeal_on.isoformat(), "no first appeal filed")
        )
    return errors
