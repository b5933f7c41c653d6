"""First consular access and the derived release date on the file; clinic-wide settings.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from repatriate.domain.prisoner import PrisonerFile, Sentence
from repatriate.domain.release import file_release_due

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prisoner_file") as batch_op:
        batch_op.add_column(sa.Column("consular_access_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consular_access", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("release_due", sa.Date(), nullable=True))
        batch_op.create_index("ix_prisoner_file_release_due", ["release_due"], unique=False)
    _fill_release_due()
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def _fill_release_due() -> None:
    files = sa.table(
        "prisoner_file",
        *(
            sa.column(name, sa.Integer())
            for name in (
                "id",
                "sentence_years",
                "sentence_months",
                "sentence_days",
                "set_off_days",
                "remission_days",
                "fine_default_days",
            )
        ),
        sa.column("conviction_date", sa.Date()),
        sa.column("release_due", sa.Date()),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(files).where(files.c.conviction_date.is_not(None))
    ).mappings()
    updates = []
    for row in rows:
        sentence = Sentence(
            row["sentence_years"],
            row["sentence_months"],
            row["sentence_days"],
            row["set_off_days"],
            row["remission_days"],
            row["fine_default_days"],
        )
        pf = PrisonerFile(
            ref="", name="", conviction_date=row["conviction_date"], sentence=sentence
        )
        updates.append({"file_id": row["id"], "due": file_release_due(pf)})
    if updates:
        connection.execute(
            files.update()
            .where(files.c.id == sa.bindparam("file_id"))
            .values(release_due=sa.bindparam("due")),
            updates,
        )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("prisoner_file") as batch_op:
        batch_op.drop_index("ix_prisoner_file_release_due")
        batch_op.drop_column("release_due")
        batch_op.drop_column("consular_access")
        batch_op.drop_column("consular_access_on")
