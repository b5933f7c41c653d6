"""Each file's flags, holding desks and next follow-up, stored.

Revision ID: 0010
Revises: 0009

The rows are filled when the database is next opened (`Database.open` assesses every file
without a stored standing), since the assessment needs the domain rules, not SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_standing",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("flags", sa.String(length=400), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("holding", sa.String(length=400), nullable=False),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("fresh_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_file_standing_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("file_id", name=op.f("pk_file_standing")),
    )
    with op.batch_alter_table("file_standing", schema=None) as batch_op:
        for column in ("flags", "holding", "next_follow_up", "fresh_until"):
            batch_op.create_index(batch_op.f(f"ix_file_standing_{column}"), [column], unique=False)


def downgrade() -> None:
    op.drop_table("file_standing")
