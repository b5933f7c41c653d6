"""The desk directory, route templates and the dwell-time figures for advocacy."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

from repatriate.domain.chain import Route, Step
from repatriate.domain.desks import DEFAULT_EXPECTED_DAYS, Desk, Officer, Role
from repatriate.domain.dwell import DeskDwell, dwell_by_desk
from repatriate.domain.errors import FieldError, InvalidInput, NotFound, RepatriateError, quoted
from repatriate.resource_files import resource
from repatriate.services.codes import country_code
from repatriate.storage.desks import DeskRepository, DwellRepository
from repatriate.storage.store import Store


def _optional_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _desk_from_json(entry: dict[str, Any]) -> Desk:
    return Desk(
        code=entry["code"],
        name=entry["name"],
        organisation=entry["organisation"],
        role=Role.parse(entry["role"]),
        country=entry.get("country", "IN"),
        serves=tuple(entry.get("serves", ())),
        state=entry.get("state", ""),
        division=entry.get("division", ""),
        city=entry.get("city", ""),
        address=entry.get("address", ""),
        phone=entry.get("phone", ""),
        email=entry.get("email", ""),
        expected_days=entry.get("expected_days", DEFAULT_EXPECTED_DAYS),
        notes=entry.get("notes", ""),
        source=entry.get("source", ""),
        officers=tuple(
            Officer(
                name=o["name"],
                title=o.get("title", ""),
                since=_optional_date(o.get("since")),
                until=_optional_date(o.get("until")),
            )
            for o in entry.get("officers", ())
        ),
    )


def starting_directory() -> list[Desk]:
    """The desks shipped in resources/data/desks.json."""
    path = resource("data", "desks.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["desks"]
        return [_desk_from_json(entry) for entry in entries]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RepatriateError(f"{path}: cannot read the desk directory ({exc})") from None


@cache
def routes() -> tuple[Route, ...]:
    """The route templates in resources/data/routes, the country-specific ones first."""
    found = []
    for path in sorted(resource("data", "routes").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            steps = tuple(
                Step(
                    key=s["key"],
                    title=s["title"],
                    role=Role.parse(s["role"]),
                    stage=int(s["stage"]),
                    only_for=tuple(s.get("only_for", ())),
                    transfer_only=bool(s.get("transfer_only", False)),
                    source=s.get("source", "assumption"),
                    note=s.get("note", ""),
                )
                for s in data["steps"]
            )
            found.append(
                Route(
                    data["code"],
                    data["name"],
                    tuple(data["to_countries"]),
                    steps,
                    data.get("source", ""),
                )
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RepatriateError(f"{path}: cannot read the route ({exc})") from None
    return tuple(sorted(found, key=lambda r: not r.to_countries))


def desk_problems(desk: Desk) -> list[FieldError]:
    errors = []
    if not desk.code.strip() or any(ch.isspace() for ch in desk.code):
        errors.append(FieldError("code", desk.code, "required, without spaces (e.g. MHA-FD)"))
    if not desk.name.strip():
        errors.append(FieldError("name", desk.name, "required"))
    if not desk.organisation.strip():
        errors.append(FieldError("organisation", desk.organisation, "required"))
    if not 1 <= desk.expected_days <= 3650:
        errors.append(
            FieldError("expected_days", str(desk.expected_days), "must be from 1 to 3650")
        )
    for code in (desk.country, *desk.serves):
        try:
            country_code(code)
        except ValueError as exc:
            errors.append(FieldError("country", code, str(exc)))
    return errors


class DeskService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def ensure_directory(self) -> int:
        """Fill an empty directory with the shipped desks; returns how many were added."""
        with self.store.unit_of_work() as session:
            desks = DeskRepository(session)
            if desks.count():
                return 0
            shipped = starting_directory()
            for desk in shipped:
                desks.add(desk)
            return len(shipped)

    def directory(self) -> list[Desk]:
        with self.store.unit_of_work() as session:
            return DeskRepository(session).all()

    def find(self, text: str) -> Desk:
        """A desk by its code (any case) or by a name that only one desk has."""
        wanted = text.strip().casefold()
        if not wanted:
            raise InvalidInput([FieldError("desk", text, "required: a desk code or name")])
        desks = self.directory()
        for desk in desks:
            if desk.code.casefold() == wanted:
                return desk
        named = [d for d in desks if wanted in f"{d.organisation} {d.name} {d.division}".casefold()]
        exact = [d for d in named if wanted in (d.name.casefold(), d.organisation.casefold())]
        if len(exact) == 1:
            return exact[0]
        if len(named) == 1:
            return named[0]
        if not named:
            raise NotFound(f"desk: {quoted(text)}: no desk has this code or name (see `desks`)")
        codes = ", ".join(d.code for d in named[:8]) + (" …" if len(named) > 8 else "")
        raise InvalidInput([FieldError("desk", text, f"matches several desks: {codes}")])

    def add(self, desk: Desk) -> Desk:
        errors = desk_problems(desk)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            return DeskRepository(session).add(desk)

    def save(self, desk: Desk) -> Desk:
        errors = desk_problems(desk)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            return DeskRepository(session).update(desk)

    def dwell(
        self,
        as_of: date | None = None,
        *,
        nationality: str | None = None,
        state: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[DeskDwell]:
        """Per desk: median and 90th-percentile days held, returns, files held and stalled
        now; over the files of one nationality or prison state, and holds begun in a period."""
        as_of = as_of or date.today()
        code = country_code(nationality) if nationality else None
        with self.store.unit_of_work() as session:
            counts = DwellRepository(session).hold_counts(
                as_of, nationality=code, state=state, since=since, until=until
            )
            expected = {d.code: d.expected_days for d in DeskRepository(session).all()}
        return dwell_by_desk(counts, expected)
