"""An override of the risk on return names the one desk it opens, and who decided.

Overrides recorded before were meant for the embassy the sheet then went to, which the table
did not keep. They stay, as the record of a decision, but open no desk (desk_id NULL): a
caseworker records a new override for the desk the sheet is to go to.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("factsheet_override", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desk_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("decided_by", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_factsheet_override_desk_id"), ["desk_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_factsheet_override_desk_id_desk"),
            "desk",
            ["desk_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("factsheet_override", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_factsheet_override_desk_id_desk"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_factsheet_override_desk_id"))
        batch_op.drop_column("decided_by")
        batch_op.drop_column("desk_id")
