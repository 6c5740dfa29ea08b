"""covering indexes for the analyses (matrix, timeline, evidence)

The matrix groups positions by (actor, issue, stance) and counts distinct articles and outlets;
the timeline groups by date then actor/issue; evidence picks the strongest rows of one cell by
modality and confidence. With these indexes each is an index-only scan in key order (measured by
bench/analysis.py: 1M positions on SQLite, matrix and timeline well under 1 s).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 08:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_positions_matrix": [
        "actor",
        "issue",
        "stance",
        "article_id",
        "outlet_id",
        "date",
        "modality",
        "confidence",
        "pack",
    ],
    "ix_positions_timeline": [
        "date",
        "actor",
        "issue",
        "stance",
        "article_id",
        "outlet_id",
        "modality",
        "confidence",
        "pack",
    ],
    "ix_positions_evidence": ["actor", "issue", "modality", "confidence", "date", "id"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "positions", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="positions")
