"""The writes of the week page (mark done, snooze, close), one file at a time, each with the
way to take it back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from repatriate.domain.errors import RepatriateError
from repatriate.domain.followups import ActivityKind, AgendaItem, FollowUpKind
from repatriate.services.followups import FollowUpService
from repatriate.ui import tasks

Undo = Callable[[], object]
Write = Callable[[AgendaItem], Undo]
Key = tuple[str, str, FollowUpKind]
UNDO_SECONDS = 10
"""How long a mark done, snooze or close can be undone."""


def key_of(item: AgendaItem) -> Key:
    return (item.ref, item.desk, item.kind)


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    refs: tuple[str, ...]
    problem: str = ""
    done: tuple[AgendaItem, ...] = ()
    undo: tuple[Undo, ...] = ()


def logging(
    followups: FollowUpService,
    kind: ActivityKind,
    on: date,
    outcome: str,
    next_step: str,
    reply: bool,
) -> Write:
    """Mark done: the activity is logged with the follow-up's desk."""

    def write(item: AgendaItem) -> Undo:
        activity = followups.log(
            item.ref,
            kind,
            on=on,
            desk=item.desk or None,
            outcome=outcome,
            next_step=next_step,
            reply=reply,
        )
        return lambda: followups.undo_log(item.ref, activity)

    return write


def snoozing(followups: FollowUpService, until: date) -> Write:
    def write(item: AgendaItem) -> Undo:
        change = followups.snooze(item.ref, item.desk, until)
        return lambda: followups.undo_change(item.ref, change)

    return write


def closing(followups: FollowUpService) -> Write:
    def write(item: AgendaItem) -> Undo:
        change = followups.close(item.ref, item.desk)
        return lambda: followups.undo_change(item.ref, change)

    return write


def each(items: Sequence[AgendaItem], write: Write) -> tasks.Work:
    """The work of writing `items` one transaction per file, with progress and cancel (a desk
    can hold thousands of files); it stops at the first refusal, and says what it wrote."""

    def work(progress: tasks.Progress, cancelled: tasks.CancelCheck) -> WriteOutcome:
        done: list[AgendaItem] = []
        undo: list[Undo] = []

        def outcome(problem: str = "") -> WriteOutcome:
            refs = tuple(item.ref for item in done)
            return WriteOutcome(refs, problem, tuple(done), tuple(undo))

        for number, item in enumerate(items):
            if cancelled():
                break
            try:
                undo.append(write(item))
            except RepatriateError as exc:
                return outcome(f"{item.ref}: {exc}")
            done.append(item)
            progress(number + 1, len(items))
        return outcome()

    return work
