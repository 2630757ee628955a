"""`attendees check-in [--undo]`, `attendees absent`, statuses in `attendees list --json` and
counts in `session list --json`, from the command line."""

from __future__ import annotations

import json
from pathlib import Path


def _session_with_list(cli, tmp_path: Path) -> tuple[str, dict[str, str]]:
    session_id = cli("session", "new", "--place", "Guelmim", "--date", "2025-08-01").out.strip()
    path = tmp_path / "list.csv"
    path.write_text("cin,name_lat\nJA1001,Ahmed\nJA1002,Fatima\nJA1003,Brahim\n", encoding="utf-8")
    assert cli("attendees", "import", session_id, str(path)).code == 0
    people = json.loads(cli("attendees", "list", session_id, "--json").out)
    return session_id, {p["cin"]: p["id"] for p in people}


def test_check_in_undo_and_absent_with_short_ids(cli, tmp_path: Path) -> None:
    session_id, ids = _session_with_list(cli, tmp_path)
    others = [i for cin, i in ids.items() if cin != "JA1001"]
    size = next(n for n in range(4, 37) if not any(o.startswith(ids["JA1001"][:n]) for o in others))
    short = ids["JA1001"][:size]  # the shortest prefix no other attendee shares
    assert "present" in cli("attendees", "check-in", short).out
    done = cli("attendees", "check-in", ids["JA1002"])
    assert done.code == 0 and "present" in done.out
    walk_in = cli(
        "attendees", "add", session_id, "--name-ar", "مريم", "--cin", "JB2000", "--consent"
    ).out.strip()
    assert cli("attendees", "absent", ids["JA1003"]).code == 0

    statuses = {
        p["cin"]: p["status"]
        for p in json.loads(cli("attendees", "list", session_id, "--json").out)
    }
    assert statuses["JA1002"] == "present" and statuses["JA1003"] == "absent"
    assert statuses["JB2000"] == "walk_in"

    undo = cli("attendees", "check-in", ids["JA1002"], "--undo")
    assert undo.code == 0 and "expected" in undo.out
    refused = cli("attendees", "check-in", walk_in, "--undo")
    assert refused.code == 1 and "walk-in" in refused.err
    missing = cli("attendees", "check-in", "ffff" + short)
    assert missing.code == 1 and "not found" in missing.err

    [listed] = json.loads(cli("session", "list", "--json").out)
    assert listed["attendees"] == 4
    assert (listed["present"], listed["walk_ins"], listed["expected"], listed["absent"]) == (
        2,  # JA1001 and the walk-in (JA1002's check-in was undone)
        1,
        1,
        1,
    )
    text = cli("session", "list").out
    assert "4 attendees: 2 present (1 walk-in), 1 expected, 1 absent" in text
