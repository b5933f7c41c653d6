"""Two people saved the same file: what differs between their version and mine, and a file
that takes each field from the one chosen."""

from __future__ import annotations

import dataclasses

from repatriate.domain.errors import Conflict
from repatriate.domain.prisoner import PrisonerFile

NOT_MERGED = frozenset({"ref", "id", "version", "photos", "documents"})
"""Kept from their version whatever is chosen: the identity and version of the saved file, and
photos and documents, which are added and removed one by one rather than saved with the file."""


class EditConflict(Conflict):
    """Someone else saved the file after `mine` was read from it: `theirs` is the file as it is
    now in the database, `mine` as this person tried to save it."""

    def __init__(self, theirs: PrisonerFile, mine: PrisonerFile) -> None:
        super().__init__(
            f"ref: {theirs.ref}: changed by someone else since you opened it "
            f"(version {mine.version} opened, version {theirs.version} saved since)"
        )
        self.theirs = theirs
        self.mine = mine


def merged_fields() -> tuple[str, ...]:
    """The fields a merge chooses between, in the file's order."""
    return tuple(f.name for f in dataclasses.fields(PrisonerFile) if f.name not in NOT_MERGED)


def differences(theirs: PrisonerFile, mine: PrisonerFile) -> list[str]:
    """The fields whose values differ between the two versions."""
    return [name for name in merged_fields() if getattr(theirs, name) != getattr(mine, name)]


def changed_by_me(opened: PrisonerFile, mine: PrisonerFile) -> set[str]:
    """The fields this person changed since opening the file: a merge keeps those by default,
    and takes the others from the saved version."""
    return {name for name in merged_fields() if getattr(opened, name) != getattr(mine, name)}


def merge(theirs: PrisonerFile, mine: PrisonerFile, keep_mine: set[str]) -> PrisonerFile:
    """Their saved version with the fields `keep_mine` taken from mine: the file to save next,
    over their version (it carries their version number)."""
    unknown = keep_mine - set(merged_fields())
    if unknown:
        raise ValueError(f"not a merged field: {', '.join(sorted(unknown))}")
    return theirs.replace(**{name: getattr(mine, name) for name in keep_mine})
