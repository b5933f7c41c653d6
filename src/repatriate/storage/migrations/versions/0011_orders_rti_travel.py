"""Orders of courts and human rights commissions, RTI applications, travel documents and the
planned hand-over of files.

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
    op.create_table(
        "rti_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("pio", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("life_or_liberty", sa.Boolean(), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("first_appeal_on", sa.Date(), nullable=True),
        sa.Column("first_appeal_decided_on", sa.Date(), nullable=True),
        sa.Column("second_appeal_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desk.id"], name=op.f("fk_rti_application_desk_id_desk")
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_rti_application_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rti_application")),
    )
    with op.batch_alter_table("rti_application", schema=None) as batch_op:
        for column in ("file_id", "desk_id"):
            batch_op.create_index(
                batch_op.f(f"ix_rti_application_{column}"), [column], unique=False
            )
    op.create_table(
        "travel_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desk.id"], name=op.f("fk_travel_document_desk_id_desk")
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_travel_document_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_document")),
    )
    with op.batch_alter_table("travel_document", schema=None) as batch_op:
        for column in ("file_id", "desk_id"):
            batch_op.create_index(
                batch_op.f(f"ix_travel_document_{column}"), [column], unique=False
            )
    op.create_table(
        "hand_over",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["prisoner_file.id"],
            name=op.f("fk_hand_over_file_id_prisoner_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hand_over")),
        sa.UniqueConstraint("file_id", name=op.f("uq_hand_over_file_id")),
    )


def downgrade() -> None:
    op.drop_table("hand_over")
    op.drop_table("travel_document")
    op.drop_table("rti_application")
    op.drop_table("court_order")
