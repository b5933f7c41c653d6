"""Clinic-wide settings as JSON values under a key."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from repatriate.domain.release import ReleaseRule
from repatriate.storage.tables import SettingRow

SENTENCE_DAY_COUNTS = "release.sentence_day_counts"
RELEASE_RULE_STAMP = "release.rule"
"""The stamp of the rule the release dates stored beside the files were computed with."""


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> dict[str, Any]:
        return {row.key: json.loads(row.value) for row in self.session.scalars(select(SettingRow))}

    def get(self, key: str) -> Any:
        """The value under `key`, None if it was never set."""
        value = self.session.scalar(select(SettingRow.value).where(SettingRow.key == key))
        return None if value is None else json.loads(value)

    def release_rule(self) -> ReleaseRule:
        """The clinic's release-date rule; the day of sentence counts unless it was set not to."""
        return ReleaseRule(sentence_day_counts=self.get(SENTENCE_DAY_COUNTS) is not False)

    def put(self, key: str, value: Any) -> None:
        self.session.merge(SettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))
        self.session.flush()
