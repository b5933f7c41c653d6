"""Whether the sentence is final and the prisoner's consent to a transfer of sentence.

Revision ID: 0008
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prisoner_file") as batch_op:
        batch_op.add_column(sa.Column("sentence_final", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("transfer_consent", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("prisoner_file") as batch_op:
        batch_op.drop_column("transfer_consent")
        batch_op.drop_column("sentence_final")
