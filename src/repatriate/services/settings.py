"""Clinic settings kept in the database, so everyone using it sees the same thresholds and
reckons release dates the same way."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.factsheets import Letterhead, reference_problem
from repatriate.domain.flags import (
    DEFAULT_AT_RISK_GROUPS,
    AtRiskGroups,
    Thresholds,
    parse_at_risk_groups,
)
from repatriate.domain.release import ReleaseRule
from repatriate.services.codes import country_code
from repatriate.storage.files import FileRepository
from repatriate.storage.settings import SENTENCE_DAY_COUNTS, SettingRepository
from repatriate.storage.store import Store

_PREFIX = "threshold."
DAY_COUNTS = "sentence_day_counts"
"""The setting's name on the command line and in errors: whether the day of sentence counts as
a day served. Every stored release date depends on it."""
_YES_NO = {"yes": True, "no": False}
_LETTERHEAD = {
    "name": "clinic.name",
    "address": "clinic.address",
    "phone": "clinic.phone",
    "email": "clinic.email",
    "request": "factsheet.request",
    "signatory": "clinic.signatory",
    "designation": "clinic.designation",
    "reference": "letter.reference",
}
"""Letterhead fields and the setting keys they are kept under."""
LETTERHEAD_NAMES = {
    "clinic_name": "name",
    "clinic_address": "address",
    "clinic_phone": "phone",
    "clinic_email": "email",
    "signatory": "signatory",
    "designation": "designation",
    "letter_reference": "reference",
}
"""The letterhead's settings by their names on the command line. (An address's lines are
written `\\n` there.)"""
LETTERHEAD_ASKED = "clinic.asked"
"""Set once the window has asked for the letterhead, whether it was filled in or skipped."""
DATE_FORMAT = "date_format"
"""How the window shows dates: `iso` (2026-12-01, the default) or `long` (the locale's long
form, 1 December 2026). Years always have four digits."""
DATE_FORMATS = ("iso", "long")
AT_RISK_GROUPS = "at_risk_groups"
"""Groups persecuted in a country, "GROUP:CC[,CC]; ...": a member is at risk if returned."""
LOCK_AFTER = "lock_after_minutes"
"""Minutes without a key press or a click after which the window hides its content."""
DEFAULT_LOCK_AFTER = 15
LANGUAGE = "language"
"""The window's language: `system` (the computer's, the default) or one of `LANGUAGES`. The
headless commands always answer in English: their output is read by scripts."""
LANGUAGES = {
    "system": "the computer's language",
    "en": "English",
    "bn": "বাংলা (Bengali)",
    "hi": "हिन्दी (Hindi)",
    "ne": "नेपाली (Nepali)",
    "ur": "اردو (Urdu)",
    "es": "Español (Spanish)",
    "pt_BR": "Português do Brasil (Brazilian Portuguese)",
}
NATIVE_DIGITS = "native_digits"
"""`yes`: numbers and dates in the window use the language's own digits (Bengali ০-৯,
Devanagari ०-९, Urdu ۰-۹); `no` (the default): 0-9."""
_LOCK_AFTER_MAXIMUM = 1440


def saved_thresholds(saved: dict[str, Any]) -> Thresholds:
    """The clinic's thresholds from its saved settings, defaults for those never set."""
    values = {name: saved[_PREFIX + name] for name in Thresholds.names() if _PREFIX + name in saved}
    return dataclasses.replace(Thresholds(), **values)


def saved_at_risk_groups(saved: dict[str, Any]) -> AtRiskGroups:
    """The clinic's persecuted groups from its saved settings."""
    return parse_at_risk_groups(str(saved.get(AT_RISK_GROUPS, DEFAULT_AT_RISK_GROUPS)))


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def thresholds(self) -> Thresholds:
        with self.store.unit_of_work() as session:
            return saved_thresholds(SettingRepository(session).all())

    def set_threshold(self, name: str, value: str) -> Thresholds:
        """Change one threshold (days or years), given as text from a form or command line."""
        problem = _threshold_problem(name, value)
        if problem is not None:
            raise InvalidInput([problem])
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(_PREFIX + name, int(value))
        return self.thresholds()

    def release_rule(self) -> ReleaseRule:
        with self.store.unit_of_work() as session:
            return SettingRepository(session).release_rule()

    def set(self, name: str, value: str) -> None:
        """Change one setting by its name (a threshold, `sentence_day_counts` yes or no, or
        `at_risk_groups`), given as text from the command line."""
        if name == DAY_COUNTS:
            self.set_release_rule(value)
        elif name == DATE_FORMAT:
            self.set_date_format(value)
        elif name in LETTERHEAD_NAMES:
            text = value.replace("\\n", "\n")
            field = LETTERHEAD_NAMES[name]
            try:
                self.set_letterhead(dataclasses.replace(self.letterhead(), **{field: text}))
            except InvalidInput as exc:
                # Named as the command line names it.
                raise InvalidInput(
                    [FieldError(name, e.value, e.reason) for e in exc.errors]
                ) from None
        elif name == AT_RISK_GROUPS:
            self.set_at_risk_groups(value)
        elif name == LOCK_AFTER:
            self.set_lock_after_minutes(value)
        elif name == LANGUAGE:
            self.set_language(value)
        elif name == NATIVE_DIGITS:
            self.set_native_digits(value)
        else:
            self.set_threshold(name, value)

    def set_release_rule(self, sentence_day_counts: str) -> ReleaseRule:
        """Whether the day of sentence counts as served (`yes` or `no`). Every stored release
        date is computed again in the same transaction."""
        problem = _day_counts_problem(sentence_day_counts)
        if problem is not None:
            raise InvalidInput([problem])
        with self.store.unit_of_work() as session:
            _put_day_counts(session, sentence_day_counts)
        return self.release_rule()

    def shown(self) -> list[tuple[str, str]]:
        """Every setting the command line shows and sets, by name, with its value as text."""
        thresholds = self.thresholds()
        rule = self.release_rule()
        return (
            [(name, str(getattr(thresholds, name))) for name in Thresholds.names()]
            + [
                (DAY_COUNTS, "yes" if rule.sentence_day_counts else "no"),
                (AT_RISK_GROUPS, self.at_risk_groups_text()),
                (DATE_FORMAT, self.date_format()),
                (LOCK_AFTER, str(self.lock_after_minutes())),
                (LANGUAGE, self.language()),
                (NATIVE_DIGITS, "yes" if self.native_digits() else "no"),
            ]
            + [
                (name, str(getattr(letterhead, field)).replace("\n", "\\n"))
                for letterhead in (self.letterhead(),)
                for name, field in LETTERHEAD_NAMES.items()
            ]
        )

    def letterhead_asked(self) -> bool:
        """Whether the window has asked for the letterhead (or it was set some other way)."""
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).all()
        return bool(saved.get(LETTERHEAD_ASKED)) or _LETTERHEAD["name"] in saved

    def mark_letterhead_asked(self) -> None:
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(LETTERHEAD_ASKED, True)

    def date_format(self) -> str:
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).get(DATE_FORMAT)
        return saved if saved in DATE_FORMATS else DATE_FORMATS[0]

    def set_date_format(self, value: str) -> str:
        problem = _date_format_problem(value)
        if problem is not None:
            raise InvalidInput([problem])
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(DATE_FORMAT, value.strip().casefold())
        return self.date_format()

    def language(self) -> str:
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).get(LANGUAGE)
        return saved if saved in LANGUAGES else "system"

    def set_language(self, value: str) -> str:
        """Choose the window's language; it applies when the window next starts."""
        chosen = {code.casefold(): code for code in LANGUAGES}.get(
            value.strip().casefold().replace("-", "_")
        )
        if chosen is None:
            raise InvalidInput(
                [FieldError(LANGUAGE, value, "must be one of " + ", ".join(LANGUAGES))]
            )
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(LANGUAGE, chosen)
        return chosen

    def native_digits(self) -> bool:
        with self.store.unit_of_work() as session:
            return SettingRepository(session).get(NATIVE_DIGITS) is True

    def set_native_digits(self, value: str) -> bool:
        text = value.strip().casefold()
        if text not in _YES_NO:
            raise InvalidInput([FieldError(NATIVE_DIGITS, value, "must be yes or no")])
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(NATIVE_DIGITS, _YES_NO[text])
        return self.native_digits()

    def lock_after_minutes(self) -> int:
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).get(LOCK_AFTER)
        return DEFAULT_LOCK_AFTER if saved is None else int(saved)

    def set_lock_after_minutes(self, value: str) -> int:
        """Minutes of inactivity before the window locks, from 1 to a day."""
        problem = _lock_after_problem(value)
        if problem is not None:
            raise InvalidInput([problem])
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(LOCK_AFTER, int(value.strip()))
        return int(value.strip())

    def at_risk_groups_text(self) -> str:
        """The clinic's list of persecuted groups as written ("Rohingya:MM")."""
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).all()
        return str(saved.get(AT_RISK_GROUPS, DEFAULT_AT_RISK_GROUPS))

    def at_risk_groups(self) -> AtRiskGroups:
        return parse_at_risk_groups(self.at_risk_groups_text())

    def set_at_risk_groups(self, text: str) -> str:
        """Replace the list of persecuted groups, given as "GROUP:CC[,CC]; ..."."""
        parts = []
        for part in text.split(";"):
            if not part.strip():
                continue
            try:
                parse_at_risk_groups(part)
                name, _, codes = part.partition(":")
                countries = [country_code(c) for c in codes.split(",") if c.strip()]
            except ValueError as exc:
                why = str(exc).removeprefix(f"{part.strip()}: ")
                raise InvalidInput([FieldError(AT_RISK_GROUPS, part.strip(), why)]) from None
            parts.append(f"{name.strip()}:{','.join(countries)}")
        written = "; ".join(parts)
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(AT_RISK_GROUPS, written)
        return written

    def letterhead(self) -> Letterhead:
        """The clinic's name, address and contact for fact sheets, and what they ask of the
        embassy; defaults for what was never set."""
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).all()
        values = {field: saved[key] for field, key in _LETTERHEAD.items() if key in saved}
        return dataclasses.replace(Letterhead(), **values)

    def set_letterhead(self, letterhead: Letterhead) -> Letterhead:
        values, errors = _letterhead_values(letterhead)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            settings = SettingRepository(session)
            for field, key in _LETTERHEAD.items():
                settings.put(key, values[field])
        return self.letterhead()

    def save(
        self,
        letterhead: Letterhead,
        thresholds: Mapping[str, str],
        sentence_day_counts: str | None = None,
        date_format: str | None = None,
        lock_after_minutes: str | None = None,
    ) -> tuple[Letterhead, Thresholds]:
        """The settings page's save: every value is checked first, then all are written in one
        transaction; nothing is written if any value is bad."""
        values, errors = _letterhead_values(letterhead)
        errors += [
            problem
            for name, value in thresholds.items()
            if (problem := _threshold_problem(name, value)) is not None
        ]
        if sentence_day_counts is not None:
            problem = _day_counts_problem(sentence_day_counts)
            if problem is not None:
                errors.append(problem)
        if date_format is not None:
            problem = _date_format_problem(date_format)
            if problem is not None:
                errors.append(problem)
        if lock_after_minutes is not None:
            problem = _lock_after_problem(lock_after_minutes)
            if problem is not None:
                errors.append(problem)
        if errors:
            raise InvalidInput(errors)
        with self.store.unit_of_work() as session:
            settings = SettingRepository(session)
            for field, key in _LETTERHEAD.items():
                settings.put(key, values[field])
            for name, value in thresholds.items():
                settings.put(_PREFIX + name, int(value))
            if date_format is not None:
                settings.put(DATE_FORMAT, date_format.strip().casefold())
            if lock_after_minutes is not None:
                settings.put(LOCK_AFTER, int(lock_after_minutes.strip()))
            if sentence_day_counts is not None:
                _put_day_counts(session, sentence_day_counts)
        return self.letterhead(), self.thresholds()


def _put_day_counts(session: Session, value: str) -> None:
    """Save the setting and bring every stored release date under it, in the caller's
    transaction: the overstay lists read the stored dates."""
    SettingRepository(session).put(SENTENCE_DAY_COUNTS, _YES_NO[value.strip().casefold()])
    FileRepository(session).refresh_release_dates()


def _day_counts_problem(value: str) -> FieldError | None:
    if value.strip().casefold() not in _YES_NO:
        return FieldError(DAY_COUNTS, value, "must be yes or no")
    return None


def _date_format_problem(value: str) -> FieldError | None:
    if value.strip().casefold() not in DATE_FORMATS:
        return FieldError(DATE_FORMAT, value, "must be iso or long")
    return None


def _lock_after_problem(value: str) -> FieldError | None:
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= _LOCK_AFTER_MAXIMUM:
        return FieldError(
            LOCK_AFTER, value, f"must be a whole number from 1 to {_LOCK_AFTER_MAXIMUM}"
        )
    return None


def _threshold_problem(name: str, value: str) -> FieldError | None:
    if name not in Thresholds.names():
        names = ", ".join(
            (*Thresholds.names(), DAY_COUNTS, AT_RISK_GROUPS, DATE_FORMAT, *LETTERHEAD_NAMES)
        )
        return FieldError(name, value, f"no such setting (one of: {names})")
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= 36_500:
        return FieldError(name, value, "must be a whole number from 1 to 36500")
    return None


def _letterhead_values(letterhead: Letterhead) -> tuple[dict[str, str], list[FieldError]]:
    """The letterhead's values as saved (trimmed), and the required ones left empty."""
    values = {field: getattr(letterhead, field).strip() for field in _LETTERHEAD}
    errors = [
        FieldError(key, values[field], "required")
        for field, key in _LETTERHEAD.items()
        if field in ("name", "request") and not values[field]
    ]
    problem = reference_problem(values["reference"])
    if problem is not None:
        errors.append(FieldError(_LETTERHEAD["reference"], values["reference"], problem))
    return values, errors
