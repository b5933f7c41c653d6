"""When a sentence ends, how long the person has been held past it, and the working shown.

The rule, for India where the case study's prisoners are held:
- the term runs from the date of conviction, in calendar years, months and days
  (as `dateutil.relativedelta` counts: 31 January + 1 month is 29 February in a leap year);
- detention undergone before conviction is set off against the term (Code of Criminal
  Procedure 1973, s.428; Bharatiya Nagarik Suraksha Sanhita 2023, s.468), and remission
  earned under the state's prison rules is taken off it, never below nothing: when the whole
  term is already undergone, release is due on the day of sentence (the common sentence of
  "the period already undergone");
- imprisonment in default of paying a fine runs after what remains of the term (Indian Penal
  Code s.64; Bharatiya Nyaya Sanhita 2023, s.8), so it is added;
- jail manuals count both the day the sentence is passed and the day of release as days of
  imprisonment, so a one-month term passed on 15 January ends on 14 February, the day before
  the corresponding date; where the last month has no corresponding date (31 January + 1
  month, 29 February + 1 year) the term ends on that month's last day. A clinic that reckons
  the other way switches this off (`ReleaseRule.sentence_day_counts`).

    remaining   = max(0, term in days - set_off - remission)   (the term in days counts a
                  month without the corresponding date to its end when the day counts)
    release_due = conviction + max(0, remaining + fine_default - (1 if the day counts else 0))

Inputs that contradict each other are reported as problems with the field and the value.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.wording import Wording, template

MINUS = "\u2212"
"""The minus sign of printed arithmetic, not a hyphen, on screen and on the fact sheet."""

IN_CUSTODY = template("under trial: in custody since %1 (%2 days)")
CONVICTION = template("conviction %1 + %2 = %3")
CONVICTION_MONTH_END = template("conviction %1 + %2 = %3 (%4 has no day %5: to its last day)")
SET_OFF_COVERS = template("set-off %1 days (%2) covers %3")
SET_OFF_COVERS_ON_THE_DAY = template(
    "set-off %1 days (%2) covers %3: release due on the day of sentence, %4"
)
REMISSION_COVERS = template("remission %1 days covers %2")
REMISSION_COVERS_ON_THE_DAY = template(
    "remission %1 days covers %2: release due on the day of sentence, %3"
)
WHOLE_TERM = template("the whole term")
THE_REST = template("the rest")
LESS_SET_OFF = template(f"{MINUS} %1 days set-off (%2) = %3")
LESS_REMISSION = template(f"{MINUS} %1 days remission = %2")
FINE_DEFAULT = template("+ %1 days fine default (%2) = %3")
DAY_OF_SENTENCE = template(f"{MINUS} 1 day: the day of sentence counts as served = %1")
RELEASED_PAST = template("released %1: %2 days past release")
HELD_PAST = template("held on %1: %2 days past release")

RULE_VERSION = 2
"""Raised whenever the arithmetic below changes, so that release dates stored beside the files
are computed again (see `ReleaseRule.stamp`)."""

SANHITAS_IN_FORCE = date(2024, 7, 1)
"""The day the Bharatiya Nagarik Suraksha Sanhita and the Bharatiya Nyaya Sanhita replaced the
Code of Criminal Procedure and the Indian Penal Code."""


@dataclass(frozen=True, slots=True)
class ReleaseRule:
    """How a clinic reckons release dates, where practice differs."""

    sentence_day_counts: bool = True
    """The day the sentence is passed counts as a day served (as jail manuals count it)."""

    @property
    def stamp(self) -> str:
        """Names the rule release dates were computed with; stored beside them."""
        return f"{RULE_VERSION}; sentence_day_counts={'yes' if self.sentence_day_counts else 'no'}"


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
    """The end of the term as passed, counted exclusively, before set-off, remission and fine
    default."""
    return add_calendar(conviction, sentence.years, sentence.months, sentence.days)


def month_runs_out(conviction: date, sentence: Sentence) -> bool:
    """Whether the term's last month has no day corresponding to the day of conviction
    (31 January + 1 month, 29 February + 1 year)."""
    months = sentence.years * 12 + sentence.months
    return bool(months) and add_calendar(conviction, 0, months, 0).day != conviction.day


def term_end(conviction: date, sentence: Sentence, rule: ReleaseRule = ReleaseRule()) -> date:
    """The day after the substantive term as passed, before set-off, remission and fine
    default. Counting the day of sentence, a term whose last month has no corresponding day
    runs to that month's last day, so the day after is the first of the next month."""
    if rule.sentence_day_counts and month_runs_out(conviction, sentence):
        months = sentence.years * 12 + sentence.months
        after = add_calendar(conviction, 0, months, 0) + timedelta(days=1)
        return after + timedelta(days=sentence.days)
    return sentence_end(conviction, sentence)


def term_days(conviction: date, sentence: Sentence, rule: ReleaseRule = ReleaseRule()) -> int:
    """The substantive term in days."""
    return (term_end(conviction, sentence, rule) - conviction).days


def remaining_days(conviction: date, sentence: Sentence, rule: ReleaseRule = ReleaseRule()) -> int:
    """What is left of the term after set-off and remission: never below nothing."""
    taken_off = sentence.set_off_days + sentence.remission_days
    return max(0, term_days(conviction, sentence, rule) - taken_off)


def release_due(conviction: date, sentence: Sentence, rule: ReleaseRule = ReleaseRule()) -> date:
    """The date the person is due to be released on: the last day of imprisonment."""
    days = remaining_days(conviction, sentence, rule) + sentence.fine_default_days
    if rule.sentence_day_counts and days:
        days -= 1
    return conviction + timedelta(days=days)


def sanhitas_apply(arrest: date | None, conviction: date) -> bool:
    """Whether the sentence falls under the 2023 codes rather than the CrPC and the IPC.

    A sentence passed before 1 July 2024 falls under the old codes. One passed later does too
    when the case was pending on that day (BNSS s.531(2)(a)) or the offence was committed
    before it (BNS s.358): the file records no offence date, and an arrest before 1 July 2024
    means both.
    """
    if conviction < SANHITAS_IN_FORCE:
        return False
    return arrest is None or arrest >= SANHITAS_IN_FORCE


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
    """None: under trial (no conviction date)."""
    overstay_days: int | None
    """Days held past `release_due`; None where it cannot be known."""
    custody_days: int | None
    """Days in custody since arrest, to release or `as_of`."""
    problems: tuple[str, ...]
    """Missing or contradictory inputs, each naming the field and the value."""
    rule: ReleaseRule = ReleaseRule()

    @property
    def under_trial(self) -> bool:
        return self.file.conviction_date is None

    @property
    def overstaying(self) -> bool:
        return bool(self.overstay_days)

    @property
    def steps(self) -> tuple[str, ...]:
        """The computation step by step ("conviction 2023-03-14 + 2y 6m = 2025-09-14", ...),
        citing the codes in force for the sentence.

        Written only when asked for: overstay lists compute the figures for every file.
        """
        return tuple(str(step) for step in self.step_wordings)

    @property
    def step_wordings(self) -> tuple[Wording, ...]:
        """`steps`, each a sentence the window translates."""
        pf = self.file
        conviction = pf.conviction_date
        if conviction is None:
            if self.custody_days is None or pf.arrest_date is None:
                return ()
            return (Wording(IN_CUSTODY, (pf.arrest_date, self.custody_days)),)
        sentence = pf.sentence
        new_codes = sanhitas_apply(pf.arrest_date, conviction)
        set_off_law = "BNSS s.468" if new_codes else "CrPC s.428"
        fine_law = "BNS s.8" if new_codes else "IPC s.64"
        end = term_end(conviction, sentence, self.rule)
        term = (conviction, describe_sentence(sentence), end)
        if end != sentence_end(conviction, sentence):
            last = sentence_end(conviction, sentence) - timedelta(days=sentence.days)
            step = Wording(CONVICTION_MONTH_END, (*term, f"{last:%Y-%m}", conviction.day))
        else:
            step = Wording(CONVICTION, term)
        steps = [step]
        whole_term = left = term_days(conviction, sentence, self.rule)
        fine = sentence.fine_default_days
        for taken, set_off in ((sentence.set_off_days, True), (sentence.remission_days, False)):
            if not taken or not left:
                continue
            law: tuple[str, ...] = (set_off_law,) if set_off else ()
            if taken >= left:
                whole = Wording(WHOLE_TERM if left == whole_term else THE_REST)
                if fine:
                    covers = SET_OFF_COVERS if set_off else REMISSION_COVERS
                    steps.append(Wording(covers, (taken, *law, whole)))
                else:
                    covers = SET_OFF_COVERS_ON_THE_DAY if set_off else REMISSION_COVERS_ON_THE_DAY
                    steps.append(Wording(covers, (taken, *law, whole, conviction)))
                left = 0
            else:
                left -= taken
                after = conviction + timedelta(days=left)
                less = LESS_SET_OFF if set_off else LESS_REMISSION
                steps.append(Wording(less, (taken, *law, after)))
        due = conviction + timedelta(days=left + fine)
        if fine:
            steps.append(Wording(FINE_DEFAULT, (fine, fine_law, due)))
        if self.rule.sentence_day_counts and left + fine:
            due -= timedelta(days=1)
            steps.append(Wording(DAY_OF_SENTENCE, (due,)))
        if self.overstay_days is not None:
            if pf.released_on is not None and pf.released_on <= self.as_of:
                steps.append(Wording(RELEASED_PAST, (pf.released_on, self.overstay_days)))
            else:
                steps.append(Wording(HELD_PAST, (self.as_of, self.overstay_days)))
        return tuple(steps)

    @property
    def working(self) -> str:
        """The computation as one line, for the window and the fact sheet."""
        return "; ".join(self.steps)


def has_left(pf: PrisonerFile) -> bool:
    """Whether the person is no longer held here (released, repatriated, deported, dead)."""
    return pf.released_on is not None or (pf.status is not None and not pf.status.still_held)


def held_on(pf: PrisonerFile, day: date) -> bool:
    """Whether the person was held on `day`: someone released later was still held then."""
    if pf.released_on is not None:
        return pf.released_on > day
    return pf.status is None or pf.status.still_held


def set_off_problem(pf: PrisonerFile) -> str | None:
    """Why the set-off cannot be right (longer than the custody before conviction), or None.

    Set-off is of the detention undergone before the date of conviction (CrPC s.428; BNSS
    s.468). Counting both the day of arrest and the day of conviction is the most any count
    can give, so only a set-off beyond that contradicts the dates.
    """
    arrest, conviction = pf.arrest_date, pf.conviction_date
    if arrest is None or conviction is None or conviction < arrest:
        return None
    most = (conviction - arrest).days + 1
    if pf.sentence.set_off_days > most:
        return (
            f"set_off_days: {pf.sentence.set_off_days}: longer than the custody before "
            f"conviction ({most} days from {arrest} to {conviction})"
        )
    return None


def file_release_due(pf: PrisonerFile, rule: ReleaseRule = ReleaseRule()) -> date | None:
    """The file's release date, or None when under trial (no conviction date).

    Stored beside the file so that overstay lists are one indexed query; recomputed on every
    save, and for every file when the clinic's rule changes.
    """
    if pf.conviction_date is None:
        return None
    return release_due(pf.conviction_date, pf.sentence, rule)


def reckon(pf: PrisonerFile, as_of: date, rule: ReleaseRule = ReleaseRule()) -> Reckoning:
    """The release date and overstay of a file as of a date.

    Someone released after `as_of` was still held on that date. Where the inputs leave the
    overstay unknown (no date for a release, a release before conviction), it is None.
    """
    problems: list[str] = []
    arrest, conviction, released = pf.arrest_date, pf.conviction_date, pf.released_on
    born = pf.birth_date
    end = min(released, as_of) if released else as_of
    custody = (end - arrest).days if arrest and end >= arrest else None

    if pf.status is not None:
        if released is None and not pf.status.still_held:
            problems.append(f"released_on: (empty): status is {pf.status.value} but no date given")
        if released is not None and pf.status.still_held:
            problems.append(f"status: {pf.status.value}: but released on {released}")
    if born and arrest and arrest < born:
        problems.append(f"arrest_date: {arrest}: before the birth ({born})")
    if born and conviction and conviction < born:
        problems.append(f"conviction_date: {conviction}: before the birth ({born})")
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
        return Reckoning(pf, as_of, None, None, custody, tuple(problems), rule)

    problem = set_off_problem(pf)
    if problem:
        problems.append(problem)
    due = release_due(conviction, pf.sentence, rule)
    overstay = None
    if released is not None and released < conviction:
        problems.append(f"released_on: {released}: before the conviction ({conviction})")
    elif released is not None or not has_left(pf):
        overstay = max((end - due).days, 0)
    return Reckoning(pf, as_of, due, overstay, custody, tuple(problems), rule)
