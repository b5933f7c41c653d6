"""The desk directory, movements of files between desks, and the holds derived from them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("serves", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=100), nullable=False),
        sa.Column("division", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("expected_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk")),
        sa.UniqueConstraint("code", name=op.f("uq_desk_code")),
    )
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_role"), ["role"], unique=False)

    op.create_table(
        "desk_officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desk.id"], name=op.f("fk_desk_officer_desk_id_desk"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_officer")),
    )
    with op.batch_alter_table("desk_officer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_officer_desk_id"), ["desk_id"], unique=False)

    op.create_table(
        "hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("start_day", sa.Integer(), nullable=False),
        sa.Column("end_day", sa.Integer(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("ended_by", sa.String(length=20), nullable=True),
        sa.Column("comeback", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_hold_desk_id_desk")),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_hold_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hold")),
    )
    with op.batch_alter_table("hold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hold_desk_id"), ["desk_id"], unique=False)
        batch_op.create_index(
            "ix_hold_dwell",
            ["desk_id", "days", "end_day", "start_day", "ended_by", "comeback", "file_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_hold_file_id"), ["file_id"], unique=False)

    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("from_desk_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("letter_ref", sa.String(length=100), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_movement_desk_id_desk")),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_movement_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_desk_id"], ["desk.id"], name=op.f("fk_movement_from_desk_id_desk")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
    )
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_movement_desk_id"), ["desk_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_movement_file_id"), ["file_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_file_id"))
        batch_op.drop_index(batch_op.f("ix_movement_desk_id"))

    op.drop_table("movement")
    with op.batch_alter_table("hold", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hold_file_id"))
        batch_op.drop_index("ix_hold_dwell")
        batch_op.drop_index(batch_op.f("ix_hold_desk_id"))

    op.drop_table("hold")
    with op.batch_alter_table("desk_officer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_officer_desk_id"))

    op.drop_table("desk_officer")
    with op.batch_alter_table("desk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_role"))

    op.drop_table("desk")
