"""Recorded reasons to send a fact sheet for someone at risk if returned.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "factsheet_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_factsheet_override_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factsheet_override")),
    )
    with op.batch_alter_table("factsheet_override", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_factsheet_override_file_id"), ["file_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("factsheet_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factsheet_override_file_id"))

    op.drop_table("factsheet_override")
