"""The prisoner file: identity, nationality, passport, custody, sentence, risk.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prisoner_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_native", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("father_name", sa.String(length=200), nullable=False),
        sa.Column("mother_name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("age_estimate", sa.Integer(), nullable=True),
        sa.Column("age_estimated_on", sa.Date(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("ethnicity", sa.String(length=100), nullable=False),
        sa.Column("claimed_nationality", sa.String(length=2), nullable=True),
        sa.Column("court_nationality", sa.String(length=2), nullable=True),
        sa.Column("verified_nationality", sa.String(length=2), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("possible_misidentification", sa.Boolean(), nullable=False),
        sa.Column("passport_number", sa.String(length=40), nullable=False),
        sa.Column("passport_book_number", sa.String(length=40), nullable=False),
        sa.Column("passport_country", sa.String(length=2), nullable=True),
        sa.Column("passport_held_by", sa.String(length=20), nullable=True),
        sa.Column("passport_copy_on_file", sa.Boolean(), nullable=False),
        sa.Column("home_address", sa.Text(), nullable=False),
        sa.Column("home_address_native", sa.Text(), nullable=False),
        sa.Column("prison", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=100), nullable=False),
        sa.Column("prisoner_number", sa.String(length=60), nullable=False),
        sa.Column("arrest_date", sa.Date(), nullable=True),
        sa.Column("charge", sa.String(length=200), nullable=False),
        sa.Column("court", sa.String(length=200), nullable=False),
        sa.Column("case_number", sa.String(length=100), nullable=False),
        sa.Column("conviction_date", sa.Date(), nullable=True),
        sa.Column("sentence_years", sa.Integer(), nullable=False),
        sa.Column("sentence_months", sa.Integer(), nullable=False),
        sa.Column("sentence_days", sa.Integer(), nullable=False),
        sa.Column("set_off_days", sa.Integer(), nullable=False),
        sa.Column("remission_days", sa.Integer(), nullable=False),
        sa.Column("fine_default_days", sa.Integer(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=True),
        sa.Column("vulnerability", sa.Text(), nullable=False),
        sa.Column("unhcr_registration", sa.String(length=100), nullable=False),
        sa.Column("at_risk_if_returned", sa.Boolean(), nullable=True),
        sa.Column("risk_note", sa.Text(), nullable=False),
        sa.Column("referral_source", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prisoner_file")),
        sa.UniqueConstraint("ref", name=op.f("uq_prisoner_file_ref")),
    )
    with op.batch_alter_table("prisoner_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_prisoner_file_claimed_nationality"),
            ["claimed_nationality"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_prisoner_file_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_prisoner_file_prison"), ["prison"], unique=False)
        batch_op.create_index(batch_op.f("ix_prisoner_file_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_prisoner_file_verified_nationality"),
            ["verified_nationality"],
            unique=False,
        )


def downgrade() -> None:
    op.drop_table("prisoner_file")
