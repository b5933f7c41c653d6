"""Orders of courts and human rights commissions on files.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "court_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("directs", sa.Text(), nullable=False),
        sa.Column("comply_by", sa.Date(), nullable=False),
        sa.Column("complied_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_court_order_desk_id_desk")),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_court_order_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_court_order")),
    )
    with op.batch_alter_table("court_order", schema=None) as batch_op:
        for column in ("file_id", "desk_id", "comply_by"):
            batch_op.create_index(batch_op.f(f"ix_court_order_{column}"), [column], unique=False)


def downgrade() -> None:
    op.drop_table("court_order")
