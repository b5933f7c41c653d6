"""Orders on a file: what a court or a human rights commission directed an office to do, and by
when.

The case study names these as the levers beyond the weekly call: a High Court's writ directing
a state to repatriate someone held past release, the National or a State Human Rights
Commission's recommendation to the government. An order names the desk it is against (the
office that must act) and a date to comply by; once that date has passed with no compliance
recorded the file raises the flag `order-overdue`, and the reason suggests the next lever:
a contempt petition to the court, a reminder to the commission.

`Order` is the record a letter (a chaser to the desk, a contempt petition, a reminder to the
commission) and the advocacy report are written from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from repatriate.domain.errors import FieldError
from repatriate.domain.followups import AgendaItem, FollowUpKind
from repatriate.domain.prisoner import WordEnum, text_errors
from repatriate.domain.wording import Wording, template

FILE_CONTEMPT = template(
    "file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)"
)
WRITE_REMINDER = template(
    "write a reminder to the commission: the government must report the action taken within "
    "one month (Protection of Human Rights Act 1993, s.18(e))"
)
ORDER_OVERDUE = template("%1's order of %2 was to be complied with by %3: %4; %5")
ORDER_OVERDUE_AGAINST = template(
    "%1's order of %2 against %3 was to be complied with by %4: %5; %6"
)
NOT_COMPLIED = template("not complied with %Ln day(s) later")

BY_MAX = 200
TEXT_MAX = 2000
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


class Authority(WordEnum):
    """Who made the order, which decides what to do when it is not complied with."""

    COURT = "court"
    NHRC = "nhrc"
    """The National Human Rights Commission (Protection of Human Rights Act 1993)."""
    SHRC = "shrc"
    """A State Human Rights Commission (Protection of Human Rights Act 1993, s.21)."""


def authority_of(by: str) -> Authority:
    """The authority named in `by`: "NHRC" or "National Human Rights Commission" the national
    commission, "SHRC" or a "State Human Rights Commission" (or "West Bengal Human Rights
    Commission") a state one; any other name a court."""
    words = " ".join(by.replace(".", "").split()).casefold()
    if words.startswith("nhrc") or "national human rights commission" in words:
        return Authority.NHRC
    if words.startswith("shrc") or "human rights commission" in words:
        return Authority.SHRC
    return Authority.COURT


@dataclass(frozen=True, slots=True)
class Order:
    """An order of a court or a human rights commission on a file."""

    by: str
    """Who ordered: the court ("High Court of Calcutta") or the commission ("NHRC")."""
    on: date
    """The date of the order."""
    directs: str
    """What it directs, in the order's words or a summary ("repatriate the petitioner")."""
    comply_by: date
    """The date the order gives to comply by."""
    desk: str = ""
    """The code of the desk the order is against (the office that must act); "" if none."""
    complied_on: date | None = None
    """The day it was complied with; None while it is not."""
    note: str = ""
    id: int | None = None

    @property
    def authority(self) -> Authority:
        return authority_of(self.by)

    def overdue_days(self, as_of: date) -> int:
        """Days past the date to comply by with no compliance recorded; 0 if not overdue."""
        if self.complied_on is not None:
            return 0
        return max((as_of - self.comply_by).days, 0)

    @property
    def next_lever(self) -> str:
        """What to do when the order is not complied with by its date."""
        if self.authority is Authority.COURT:
            # Contempt of Courts Act 1971, s.2(b): wilful disobedience of a court's order is
            # civil contempt; s.12 punishes it; the High Court hears it (s.15, Art. 215).
            return FILE_CONTEMPT
        # Protection of Human Rights Act 1993, s.18(e): the government must report the action
        # taken on the commission's recommendation within one month.
        return WRITE_REMINDER

    @property
    def next_lever_wording(self) -> Wording:
        return Wording(self.next_lever)

    def overdue_wording(self, as_of: date) -> Wording:
        """The flag's reason: which order, against whom, how late, and the next lever."""
        return Wording(
            ORDER_OVERDUE_AGAINST if self.desk else ORDER_OVERDUE,
            (
                self.by,
                self.on,
                *([self.desk] if self.desk else []),
                self.comply_by,
                Wording(NOT_COMPLIED, count=self.overdue_days(as_of)),
                self.next_lever_wording,
            ),
        )

    def cleaned(self) -> Order:
        """The order with its texts' surrounding blanks taken off."""
        return replace(
            self, by=self.by.strip(), directs=self.directs.strip(), note=self.note.strip()
        )


def order_item(ref: str, name: str, order: Order, as_of: date) -> AgendaItem:
    """The order as an item of the week's agenda: chase the desk it is against by its date,
    and once the date has passed, the next lever."""
    late = order.overdue_days(as_of)
    title = f"{order.by}'s order of {order.on} to comply with by {order.comply_by}"
    if late:
        title += f"; {order.next_lever}"
    return AgendaItem(
        ref=ref,
        name=name,
        desk=order.desk,
        due=order.comply_by,
        overdue_days=late,
        kind=FollowUpKind.ORDER,
        title=title,
        followup_id=order.id,
    )


def order_errors(order: Order, today: date) -> list[FieldError]:
    """Every problem with an order, each naming the field and the value."""
    errors: list[FieldError] = []
    if not order.by.strip():
        errors.append(FieldError("by", order.by, "name the court or the commission"))
    errors += text_errors("by", order.by, BY_MAX, multiline=False)
    if not order.directs.strip():
        errors.append(FieldError("directs", order.directs, "say what the order directs"))
    errors += text_errors("directs", order.directs, TEXT_MAX, multiline=True)
    errors += text_errors("note", order.note, TEXT_MAX, multiline=True)
    days = (("on", order.on), ("by-date", order.comply_by), ("complied", order.complied_on))
    for name, day in days:
        if day is not None and not EARLIEST <= day <= LATEST:
            errors.append(FieldError(name, day.isoformat(), "not a date from 1900 to 2100"))
    if order.on > today:
        errors.append(FieldError("on", order.on.isoformat(), "in the future"))
    if order.comply_by < order.on:
        errors.append(
            FieldError("by-date", order.comply_by.isoformat(), f"before the order ({order.on})")
        )
    if order.complied_on is not None:
        if order.complied_on > today:
            errors.append(FieldError("complied", order.complied_on.isoformat(), "in the future"))
        elif order.complied_on < order.on:
            errors.append(
                FieldError(
                    "complied", order.complied_on.isoformat(), f"before the order ({order.on})"
                )
            )
    return errors
