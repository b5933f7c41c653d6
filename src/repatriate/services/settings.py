"""Clinic settings kept in the database, so everyone using it sees the same thresholds."""

from __future__ import annotations

import dataclasses

from repatriate.domain.errors import FieldError, InvalidInput
from repatriate.domain.flags import Thresholds
from repatriate.storage.settings import SettingRepository
from repatriate.storage.store import Store

_PREFIX = "threshold."


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def thresholds(self) -> Thresholds:
        with self.store.unit_of_work() as session:
            saved = SettingRepository(session).all()
        values = {
            name: saved[_PREFIX + name] for name in Thresholds.names() if _PREFIX + name in saved
        }
        return dataclasses.replace(Thresholds(), **values)

    def set_threshold(self, name: str, value: str) -> Thresholds:
        """Change one threshold (days or years), given as text from a form or command line."""
        if name not in Thresholds.names():
            raise InvalidInput(
                [
                    FieldError(
                        name, value, f"no such setting (one of: {', '.join(Thresholds.names())})"
                    )
                ]
            )
        if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= 36_500:
            raise InvalidInput([FieldError(name, value, "must be a whole number from 1 to 36500")])
        with self.store.unit_of_work() as session:
            SettingRepository(session).put(_PREFIX + name, int(value))
        return self.thresholds()
