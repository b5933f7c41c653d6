"""The database tables (SQLAlchemy 2 typed ORM). Dialect-neutral: SQLite and PostgreSQL.

Every change here needs an Alembic migration in `migrations/versions`; a test compares the
migrated schema with these classes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    func,
    type_coerce,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def as_stored(column: Any) -> Any:
    """A date or JSON column read as the database stores it, without SQLAlchemy's processing
    of every row: ISO text and JSON text on SQLite, a date and a list (made by the driver) on
    PostgreSQL. For reads of every file, where that processing is a third of the time."""
    return type_coerce(column, String)


class FileRow(Base):
    """One prisoner's file."""

    __tablename__ = "prisoner_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_native: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    father_name: Mapped[str] = mapped_column(String(200), default="")
    mother_name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    age_estimate: Mapped[int | None] = mapped_column(Integer)
    age_estimated_on: Mapped[date | None] = mapped_column(Date)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    ethnicity: Mapped[str] = mapped_column(String(100), default="")

    claimed_nationality: Mapped[str | None] = mapped_column(String(2), index=True)
    court_nationality: Mapped[str | None] = mapped_column(String(2))
    verified_nationality: Mapped[str | None] = mapped_column(String(2), index=True)
    verified_on: Mapped[date | None] = mapped_column(Date)
    possible_misidentification: Mapped[bool] = mapped_column(Boolean, default=False)

    passport_number: Mapped[str] = mapped_column(String(40), default="")
    passport_book_number: Mapped[str] = mapped_column(String(40), default="")
    passport_country: Mapped[str | None] = mapped_column(String(2))
    passport_held_by: Mapped[str | None] = mapped_column(String(20))
    passport_copy_on_file: Mapped[bool] = mapped_column(Boolean, default=False)

    home_address: Mapped[str] = mapped_column(Text, default="")
    home_address_native: Mapped[str] = mapped_column(Text, default="")

    prison: Mapped[str] = mapped_column(String(200), default="", index=True)
    state: Mapped[str] = mapped_column(String(100), default="")
    prisoner_number: Mapped[str] = mapped_column(String(60), default="")
    arrest_date: Mapped[date | None] = mapped_column(Date)
    charge: Mapped[str] = mapped_column(String(200), default="")
    court: Mapped[str] = mapped_column(String(200), default="")
    case_number: Mapped[str] = mapped_column(String(100), default="")
    conviction_date: Mapped[date | None] = mapped_column(Date)
    sentence_years: Mapped[int] = mapped_column(Integer, default=0)
    sentence_months: Mapped[int] = mapped_column(Integer, default=0)
    sentence_days: Mapped[int] = mapped_column(Integer, default=0)
    set_off_days: Mapped[int] = mapped_column(Integer, default=0)
    remission_days: Mapped[int] = mapped_column(Integer, default=0)
    fine_default_days: Mapped[int] = mapped_column(Integer, default=0)
    released_on: Mapped[date | None] = mapped_column(Date)
    release_due: Mapped[date | None] = mapped_column(Date, index=True)
    """Derived from conviction_date and the sentence on every save (domain.release)."""
    status: Mapped[str | None] = mapped_column(String(20), index=True)
    sentence_final: Mapped[bool | None] = mapped_column(Boolean)
    transfer_consent: Mapped[str | None] = mapped_column(String(20))

    consular_access_on: Mapped[date | None] = mapped_column(Date)
    consular_access: Mapped[str | None] = mapped_column(String(20))

    category: Mapped[str | None] = mapped_column(String(30))
    vulnerability: Mapped[str] = mapped_column(Text, default="")
    unhcr_registration: Mapped[str] = mapped_column(String(100), default="")
    at_risk_if_returned: Mapped[bool | None] = mapped_column(Boolean)
    risk_note: Mapped[str] = mapped_column(Text, default="")

    referral_source: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    family: Mapped[list[FamilyRow]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="FamilyRow.position"
    )
    photos: Mapped[list[PhotoRow]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="PhotoRow.id"
    )
    documents: Mapped[list[DocumentRow]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="DocumentRow.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's API)
    # A new file's id is taken from its sequence before the INSERT rather than returned by it:
    # on a clinic's server, a caseworker may read a file only once the INSERT has made them its
    # owner (see `storage.roles`), and PostgreSQL checks RETURNING against the read policy
    # before that is visible.
    __table_args__ = {"implicit_returning": False}  # noqa: RUF012 (SQLAlchemy's API)


class FamilyRow(Base):
    __tablename__ = "family_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    relation: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    name_native: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    traced_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    file: Mapped[FileRow] = relationship(back_populates="family")


class PhotoRow(Base):
    """Photos live in the database itself, so copying the database file keeps them."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    taken_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    media_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    file: Mapped[FileRow] = relationship(back_populates="photos")


class DocumentRow(Base):
    """Court orders, travel documents, passport copies: stored in the database like photos."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200), default="")
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    dated: Mapped[date | None] = mapped_column(Date)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    file: Mapped[FileRow] = relationship(back_populates="documents")


class SettingRow(Base):
    """Clinic-wide settings (flag thresholds, letterhead): shared by everyone on the database."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeskRow(Base):
    """A desk of the directory: ministry division, state department, embassy, office."""

    __tablename__ = "desk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40), index=True)
    country: Mapped[str] = mapped_column(String(2), default="IN")
    serves: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(100), default="")
    division: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    expected_days: Mapped[int] = mapped_column(Integer, default=30)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")

    officers: Mapped[list[OfficerRow]] = relationship(
        back_populates="desk", cascade="all, delete-orphan", order_by="OfficerRow.id"
    )


class OfficerRow(Base):
    __tablename__ = "desk_officer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    desk: Mapped[DeskRow] = relationship(back_populates="officers")


class MovementRow(Base):
    """What happened to a file at a desk: the record the chain is derived from."""

    __tablename__ = "movement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    from_desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id"))
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    letter_ref: Mapped[str] = mapped_column(String(100), default="")
    via: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class HoldRow(Base):
    """A desk had a file from start to end: derived from the movements, rewritten with them.

    Day numbers (proleptic ordinals) sit beside the dates so that dwell statistics are plain
    integer arithmetic in any SQL dialect.
    """

    __tablename__ = "hold"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    start_day: Mapped[int] = mapped_column(Integer)
    end_day: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    """end_day - start_day for a finished hold."""
    ended_by: Mapped[str | None] = mapped_column(String(20))
    comeback: Mapped[bool] = mapped_column(Boolean, default=False)

    # Covers the dwell statistics: finished holds are grouped by desk and length straight
    # from this index, in order, without touching the table or sorting.
    __table_args__ = (
        Index(
            "ix_hold_dwell",
            "desk_id",
            "days",
            "end_day",
            "start_day",
            "ended_by",
            "comeback",
            "file_id",
        ),
    )


class ActivityRow(Base):
    """Something done on a file: a call, a letter, a visit, an RTI request, an escalation."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("prisoner_file.id", ondelete="CASCADE"))
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    reply: Mapped[bool] = mapped_column(Boolean, default=False)
    lever: Mapped[str | None] = mapped_column(String(40))
    reply_due: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    # The agenda counts each open hold's follow-ups by (file, desk, date) from this index.
    __table_args__ = (Index("ix_activity_file_desk_on", "file_id", "desk_id", "on"),)


class FollowUpRow(Base):
    """A follow-up a caseworker set, or a snooze or closure of a weekly one."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id"))
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    rule: Mapped[str] = mapped_column(String(200), default="")
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class FactSheetOverrideRow(Base):
    """A caseworker's recorded reason to send a fact sheet for someone at risk if returned."""

    __tablename__ = "factsheet_override"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int | None] = mapped_column(
        ForeignKey("desk.id", ondelete="SET NULL"), index=True
    )
    """The one desk the override opens; NULL opens none (overrides recorded before they named
    a desk, or whose desk was deleted)."""
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class AuditEntryRow(Base):
    """One entry of the audit log: who viewed, printed, exported or changed which file, chained
    to the entry before by its hash (see `domain.audit`)."""

    __tablename__ = "audit_entry"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    os_user: Mapped[str] = mapped_column(String(100))
    app_user: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str | None] = mapped_column(String(40), index=True)
    detail: Mapped[str] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class FileStandingRow(Base):
    """A file's flags, the desks holding it and its next follow-up, derived from the file, its
    movements, activities and follow-ups and the clinic's settings, and stored with them in
    the same transaction (see `storage.standings`) so that the files table reads them with its
    rows. `fresh_until` is the first day on which the passing of time alone could change them
    (an overstay beginning, a desk's expected time running out)."""

    __tablename__ = "file_standing"

    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), primary_key=True
    )
    flags: Mapped[str] = mapped_column(String(400), default="", index=True)
    """The raised flags' codes in order of urgency, each between spaces: " stalled overstaying "."""
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    """The reason of each raised flag, in the same order, as worded on `as_of`: a JSON list of
    sentence templates with their values (`domain.wording.to_json`; an English string in a
    row stored before them), kept as text so that reading the register does not decode it for
    every file."""
    holding: Mapped[str] = mapped_column(String(400), default="", index=True)
    """Codes of the desks holding the file, ", "-separated."""
    next_follow_up: Mapped[date | None] = mapped_column(Date, index=True)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    fresh_until: Mapped[date | None] = mapped_column(Date, index=True)
    """Recomputed on or after this day; None: only a change to the file makes it stale."""


class OrderRow(Base):
    """An order of a court or a human rights commission on a file (`domain.orders.Order`)."""

    __tablename__ = "court_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id"), index=True)
    by: Mapped[str] = mapped_column(String(200))
    on: Mapped[date] = mapped_column(Date)
    directs: Mapped[str] = mapped_column(Text)
    comply_by: Mapped[date] = mapped_column(Date, index=True)
    complied_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class RtiRow(Base):
    """An application under the Right to Information Act (`domain.rti.RtiApplication`)."""

    __tablename__ = "rti_application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    pio: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(Text)
    filed_on: Mapped[date] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    life_or_liberty: Mapped[bool] = mapped_column(Boolean, default=False)
    reply_on: Mapped[date | None] = mapped_column(Date)
    first_appeal_on: Mapped[date | None] = mapped_column(Date)
    first_appeal_decided_on: Mapped[date | None] = mapped_column(Date)
    second_appeal_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class TravelDocumentRow(Base):
    """A travel document of a file (`domain.travel.TravelDocument`)."""

    __tablename__ = "travel_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), index=True
    )
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)


class HandOverRow(Base):
    """The day a file's hand-over to the home country is planned for, if one is."""

    __tablename__ = "hand_over"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(
        ForeignKey("prisoner_file.id", ondelete="CASCADE"), unique=True
    )
    planned_on: Mapped[date] = mapped_column(Date)
