"""Store: registering attendees, importing a pre-registration list and searching, each beside a
raw sqlite3 baseline measured in the same run on the same machine."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from bench.timing import best_of, report
from fieldapp.services.app import open_services
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.preregistration import import_preregistration

FIRST = ["أحمد", "فاطمة", "محمد", "خديجة", "إبراهيم", "مينة", "يوسف", "زينب", "حسن", "عائشة"]
LAST = ["بنعلي", "أوعلي", "العمراني", "آيت لحسن", "تاكموتي", "أوشن", "الساحلي", "بوزيد"]
ROWS = 10_000


def _write_list(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name_ar", "name_lat", "cin", "phone", "gender", "birth_year"])
        for n in range(rows):
            name = f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}"
            writer.writerow(
                [
                    name,
                    f"Person {n}",
                    f"JA{n:06d}",
                    f"06{n:08d}"[:10],
                    "F" if n % 2 else "M",
                    1960 + n % 40,
                ]
            )


def _raw_insert(db_path: Path, rows: int) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE t (id TEXT PRIMARY KEY, name_ar TEXT, name_lat TEXT, cin TEXT, phone TEXT)"
    )
    with conn:
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            (
                (
                    str(n),
                    f"{FIRST[n % 10]} {LAST[n % 8]}",
                    f"Person {n}",
                    f"JA{n:06d}",
                    f"+2126{n:08d}",
                )
                for n in range(rows)
            ),
        )
    conn.close()


def main() -> None:
    """Print each figure beside its baseline."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        listing = base / "list.csv"
        _write_list(listing, ROWS)

        counter = iter(range(100))

        def fieldapp_import() -> None:
            services = open_services(data_dir=base / f"d{next(counter)}", agent="bench")
            session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
            import_preregistration(services.context, session_id=session.id, path=listing)
            services.close()

        raw_counter = iter(range(100))
        imported = best_of(fieldapp_import, repeat=3)
        raw = best_of(lambda: _raw_insert(base / f"raw{next(raw_counter)}.sqlite3", ROWS), repeat=3)
        report(
            f"import {ROWS:,} rows (validate+FTS+audit)",
            imported,
            "sqlite3 executemany, no checks",
            raw,
        )

        services = open_services(data_dir=base / "desk", agent="bench")
        session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
        import_preregistration(services.context, session_id=session.id, path=listing)
        numbers = iter(range(1000))

        def register_one() -> None:
            data = parse_attendee_fields(
                {"name_ar": "سعيد", "cin": f"JZ{next(numbers):06d}"}, consent=True
            )
            services.attendees.register(session_id=session.id, data=data)

        one_save = best_of(register_one, repeat=21)

        conn = sqlite3.connect(base / "raw_one.sqlite3")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT)")
        raw_numbers = iter(range(1000))

        def raw_insert_one() -> None:
            with conn:
                conn.execute("INSERT INTO t VALUES (?, 'سعيد')", [str(next(raw_numbers))])

        raw_one = best_of(raw_insert_one, repeat=21)
        report(
            "register one walk-in (one transaction)", one_save, "one raw INSERT + COMMIT", raw_one
        )

        search = best_of(
            lambda: services.attendees.search("احمد", session_id=session.id), repeat=20
        )
        like = best_of(
            lambda: services.store.db.execute(
                "SELECT id FROM attendees WHERE name_ar LIKE '%أحمد%' LIMIT 50"
            ).fetchall(),
            repeat=20,
        )
        report(f"desk search 'احمد' in {ROWS:,}", search, "LIKE '%أحمد%' (no folding)", like)
        services.close()
