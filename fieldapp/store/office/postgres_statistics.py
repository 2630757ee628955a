"""Planner statistics on PostgreSQL, kept up with a bulk merge inside its own transaction.

The statements that follow a merge in the same import (linking registrations to people,
the duplicate and CIN checks of the report) are planned from the tables' statistics.
Autovacuum refreshes them only after the import commits, and then a while later: an import
that doubles a table would have its next statements planned for the table as it was (nested
loops over what the planner takes for a handful of rows). `ANALYZE` inside the transaction
counts its own new rows, so the import refreshes the statistics itself when it grew a table
by a tenth or more; a small import into a large table leaves them to autovacuum. No
psycopg here: the merge modules import this on either engine, and SQLite has no use for it.
"""

from __future__ import annotations

from fieldapp.store.sql import POSTGRESQL, SqlDatabase

# Like autovacuum's analyze_scale_factor: the share of a table that makes its statistics old.
GROWTH = 0.1


def refresh_statistics(db: SqlDatabase, table: str, added: int) -> None:
    """`ANALYZE table` on PostgreSQL when `added` rows are a tenth or more of the rows its
    statistics count (or it has none yet); nothing on SQLite or for a small change."""
    if db.dialect != POSTGRESQL or added <= 0:
        return
    row = db.execute(
        "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)", [table]
    ).fetchone()
    counted = float(row[0]) if row is not None else -1.0
    if counted < 0 or added >= GROWTH * counted:  # reltuples is -1 before the first ANALYZE
        db.execute(f"ANALYZE {table}")
