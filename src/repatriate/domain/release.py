"""When a sentence ends, how long the person has been held past it, and the working shown.

The rule, for India where the case study's prisoners are held:
- the sentence runs from the date of conviction, in calendar years, months and days
  (as `dateutil.relativedelta` counts: 31 January + 1 month is 29 February in a leap year);
- pre-trial detention is set off against it (Code of Criminal Procedure 1973, s.428;
  Bharatiya Nagarik Suraksha Sanhita 2023, s.468);
- remission earned under the state's prison rules is taken off;
- imprisonment in default of paying a fine runs after the substantive sentence
  (Indian Penal Code s.64; Bharatiya Nyaya Sanhita 2023, s.8), so it is added.

    release_due = conviction + (years, months, days) - set_off - remission + fine_default

Inputs that contradict each other are reported as problems with the field and the value; the
figure they would give is never shown as if it were sound.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status

MINUS = "\u2212"
"""The minus sign of printed arithmetic, not a hyphen, on screen and on the fact sheet."""


def add_calendar(start: date, years: int, months: int, days: int) -> date:
    """`start + relativedelta(years=, months=, days=)`: years and months first, the day clipped
    to the end of the month, then days. Written out because it runs for every file on every
    overstay list, where relativedelta's generality costs ten times more; the tests check it
    against relativedelta."""
    months_since_year_0 = start.year * 12 + start.month - 1 + years * 12 + months
    year, month = divmod(months_since_year_0, 12)
    day = min(start.day, monthrange(year, month + 1)[1])
    return date(year, month + 1, day) + timedelta(days=days)


def sentence_end(conviction: date, sentence: Sentence) -> date:
    """The end of the sentence as passed, before set-off, remission and fine default."""
    return add_calendar(conviction, sentence.years, sentence.months, sentence.days)


def release_due(conviction: date, sentence: Sentence) -> date:
    """The date the person is due to be released on (the end of the sentence)."""
    return sentence_end(conviction, sentence) - timedelta(
        days=sentence.set_off_days + sentence.remission_days - sentence.fine_default_days
    )


def describe_sentence(sentence: Sentence) -> str:
    """ "2y 6m", "1y 10d", "0 days"."""
    parts = [
        f"{number}{unit}"
        for number, unit in ((sentence.years, "y"), (sentence.months, "m"), (sentence.days, "d"))
        if number
    ]
    return " ".join(parts) or "0 days"


@dataclass(frozen=True, slots=True)
class Reckoning:
    """A file's release date and overstay as of a date, with the steps that give them."""

    file: PrisonerFile
    as_of: date
    release_due: date | None
    """None: under trial, or the inputs contradict each other (see `problems`)."""
    overstay_days: int | None
    """Days held past `release_due`; None where it cannot be known."""
    custody_days: int | None
    """Days in custody since arrest, to release or `as_of`."""
    problems: tuple[str, ...]
    """Missing or contradictory inputs, each naming the field and the value."""

    @property
    def under_trial(self) -> bool:
        return self.file.conviction_date is None

    @property
    def overstaying(self) -> bool:
        return bool(self.overstay_days)

    @property
    def steps(self) -> tuple[str, ...]:
        """The computation step by step ("conviction 2023-03-14 + 2y 6m = 2025-09-14", ...).

        Written only when asked for: overstay lists compute the figures for every file.
        """
        pf = self.file
        if pf.conviction_date is None:
            if self.custody_days is None:
                return ()
            return (f"under trial: in custody since {pf.arrest_date} ({self.custody_days} days)",)
        sentence = pf.sentence
        due = sentence_end(pf.conviction_date, sentence)
        steps = [f"conviction {pf.conviction_date} + {describe_sentence(sentence)} = {due}"]
        if self.release_due is None:
            return tuple(steps)
        for days, sign, label in (
            (sentence.set_off_days, -1, "set-off"),
            (sentence.remission_days, -1, "remission"),
            (sentence.fine_default_days, 1, "fine default"),
        ):
            if days:
                due += timedelta(days=sign * days)
                steps.append(f"{MINUS if sign < 0 else '+'} {days} days {label} = {due}")
        if self.overstay_days is not None:
            if pf.released_on is not None and pf.released_on <= self.as_of:
                steps.append(f"released {pf.released_on}: {self.overstay_days} days past release")
            else:
                steps.append(f"held on {self.as_of}: {self.overstay_days} days past release")
        return tuple(steps)

    @property
    def working(self) -> str:
        """The computation as one line, for the window and the fact sheet."""
        return "; ".join(self.steps)


def has_left(pf: PrisonerFile) -> bool:
    """Whether the person is no longer held here (released, repatriated, transferred, dead)."""
    return pf.released_on is not None or (pf.status is not None and not pf.status.still_held)


def held_on(pf: PrisonerFile, day: date) -> bool:
    """Whether the person was held on `day`: someone released later was still held then."""
    if pf.released_on is not None:
        return pf.released_on > day
    return pf.status is None or pf.status.still_held


def sentence_problem(conviction: date, sentence: Sentence) -> str | None:
    """Why this sentence gives no release date (set-off or remission longer than it), or None."""
    length = (sentence_end(conviction, sentence) - conviction).days
    if sentence.set_off_days > length:
        return f"set_off_days: {sentence.set_off_days}: longer than the sentence ({length} days)"
    if sentence.set_off_days + sentence.remission_days > length:
        return (
            f"remission_days: {sentence.remission_days}: with the set-off, more than the "
            f"sentence ({length} days)"
        )
    return None


def file_release_due(pf: PrisonerFile) -> date | None:
    """The file's release date, or None when under trial or the sentence contradicts itself.

    Stored beside the file so that overstay lists are one indexed query; recomputed on every
    save, since it depends only on the conviction date and the sentence.
    """
    if pf.conviction_date is None or sentence_problem(pf.conviction_date, pf.sentence):
        return None
    return release_due(pf.conviction_date, pf.sentence)


def reckon(pf: PrisonerFile, as_of: date) -> Reckoning:
    """The release date and overstay of a file as of a date.

    Someone released after `as_of` was still held on that date. Where the inputs leave the
    overstay unknown (no date for a release, a release before conviction), it is None.
    """
    problems: list[str] = []
    arrest, conviction, released = pf.arrest_date, pf.conviction_date, pf.released_on
    end = min(released, as_of) if released else as_of
    custody = (end - arrest).days if arrest and end >= arrest else None

    if pf.status is not None:
        if released is None and not pf.status.still_held:
            problems.append(f"released_on: (empty): status is {pf.status.value} but no date given")
        if released is not None and pf.status.still_held:
            problems.append(f"status: {pf.status.value}: but released on {released}")
    if arrest and conviction and conviction < arrest:
        problems.append(f"conviction_date: {conviction}: before the arrest ({arrest})")
    if arrest and released and released < arrest:
        problems.append(f"released_on: {released}: before the arrest ({arrest})")
    if conviction and pf.status is Status.UNDER_TRIAL:
        problems.append(f"status: under trial: but convicted on {conviction}")

    if conviction is None:
        if not pf.sentence.is_zero:
            problems.append(
                f"conviction_date: (empty): a sentence of {describe_sentence(pf.sentence)} "
                "is recorded without a conviction date"
            )
        elif pf.sentence != Sentence():
            problems.append(
                "conviction_date: (empty): set-off, remission or fine default days are recorded "
                "without a conviction date"
            )
        elif pf.status not in (None, Status.UNDER_TRIAL):
            problems.append(f"conviction_date: (empty): status is {pf.status.value}")
        return Reckoning(pf, as_of, None, None, custody, tuple(problems))

    problem = sentence_problem(conviction, pf.sentence)
    if problem:
        problems.append(problem)
    due = file_release_due(pf)
    overstay = None
    if released is not None and released < conviction:
        problems.append(f"released_on: {released}: before the conviction ({conviction})")
    elif due is not None and (released is not None or not has_left(pf)):
        overstay = max((end - due).days, 0)
    return Reckoning(pf, as_of, due, overstay, custody, tuple(problems))
