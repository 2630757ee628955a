"""Search-as-you-type at the desk on 100,000 generated people (4 sessions).

A name, a Latin name, a CIN and a phone are typed one key at a time; each prefix goes through
`services.attendees.search(query, session_id=…)`, as the desk does. Baseline: the raw FTS5
query on the same database and connection, same match expression
(`match_expression(query_tokens(q))`, computed outside the timing) and the service's LIMIT
(it asks the index for `limit * 2` = 100 ids): no join, no grouping, no model objects.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.people import Person, generate, insert_people, spread
from bench.results import Result
from bench.timing import ms, percentile_rows, progress
from fieldapp.services.app import open_services
from fieldapp.store.search import match_expression, query_tokens

SESSIONS = 4
RAW_SQL = (
    "SELECT attendee_id FROM attendee_search WHERE attendee_search MATCH ? ORDER BY rank LIMIT 100"
)


def keystrokes(text: str) -> list[str]:
    """Every prefix of `text`, as the search box sees it while typing."""
    return [text[:n] for n in range(1, len(text) + 1)]


def _typed(target: Person) -> list[tuple[str, list[str]]]:
    return [
        ("Arabic name", keystrokes("فاطمة بنعلي")),
        ("Latin name", keystrokes("mohamed ait")),
        ("CIN", keystrokes(target.cin)),
        ("phone", keystrokes(target.national_phone)),
    ]


def _sequence_times(search: Callable[[str], object], queries: list[str]) -> list[float]:
    times = []
    for query in queries:
        start = time.perf_counter()
        search(query)
        times.append(time.perf_counter() - start)
    return times


def run(*, quick: bool = False) -> list[Result]:
    """Total time per typed sequence (median of repeats), and p50/p95 per keystroke."""
    count = 20_000 if quick else 100_000
    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="bench_search_") as tmp:
        services = open_services(data_dir=Path(tmp) / "desk", agent="bench")
        try:
            session_ids = [
                services.sessions.create_session(
                    place=place, date=dt.date(2025, 5, 1) + dt.timedelta(days=n)
                ).id
                for n, place in enumerate(("كلميم", "طانطان", "سيدي إفني", "أسا")[:SESSIONS])
            ]
            people = generate(count)
            insert_people(services, spread(people, SESSIONS), session_ids)
            progress(f"  {count:,} people in {SESSIONS} sessions")
            typed = _typed(next(p for p in people[count // 2 :] if p.cin.startswith("JA")))
            conn = services.store.db.conn
            expressions = {
                q: match_expression(query_tokens(q)) for _, queries in typed for q in queries
            }

            def ours(query: str) -> object:
                return services.attendees.search(query, session_id=session_ids[0])

            def raw(query: str) -> object:
                if not expressions[query]:
                    return []
                return conn.execute(RAW_SQL, (expressions[query],)).fetchall()

            for _, queries in typed:  # warm the caches of both
                _sequence_times(ours, queries)
                _sequence_times(raw, queries)
            totals: dict[str, tuple[list[float], list[float]]] = {w: ([], []) for w, _ in typed}
            keys_ours: list[float] = []
            keys_raw: list[float] = []
            for _ in range(repeat):
                for what, queries in typed:
                    mine = _sequence_times(ours, queries)
                    base = _sequence_times(raw, queries)
                    totals[what][0].append(sum(mine))
                    totals[what][1].append(sum(base))
                    keys_ours += mine
                    keys_raw += base
        finally:
            services.close()
    results = [
        Result(
            f"type {what} in {count // 1000}k people ({len(queries)} keys, total)",
            "ms",
            ms(statistics.median(totals[what][0])),
            "raw FTS5 MATCH, LIMIT 100",
            ms(statistics.median(totals[what][1])),
            target=2.0,
        )
        for what, queries in typed
    ]
    results += percentile_rows(
        f"search one keystroke, {{p}} ({len(keys_ours)} searches)",
        keys_ours,
        "raw FTS5 MATCH, {p}",
        keys_raw,
    )
    return results
