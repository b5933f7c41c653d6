"""What a mark done, snooze or close wrote, and how to take it back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from repatriate.domain.followups import AgendaItem, FollowUpKind

Undo = Callable[[], object]
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
