"""Clinic-wide settings as JSON values under a key."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from repatriate.storage.tables import SettingRow


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> dict[str, Any]:
        return {row.key: json.loads(row.value) for row in self.session.scalars(select(SettingRow))}

    def put(self, key: str, value: Any) -> None:
        self.session.merge(SettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))
        self.session.flush()
