"""events.date_precision: how precise an event's date is (day, week, month, year)

"in August" is stored as August 1 with precision "month", so that a timeline never shows it as a
meeting on the 1st.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_precision", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_precision")
