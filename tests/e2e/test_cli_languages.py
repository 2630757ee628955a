"""The command line speaks `--lang`: its summaries and notices come from the catalogue, each
count in the plural form its language needs (Arabic six, French and English two), and the ids
and numbers in an Arabic line are isolated so they keep their order."""

from __future__ import annotations

import json
import re
from pathlib import Path

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate … pop directional isolate
CLI_PACKAGE = Path(__file__).resolve().parents[2] / "fieldapp" / "cli"


def _session(cli, tmp_path: Path, place: str, pre_registered: int, start: int) -> str:
    session_id: str = cli("session", "new", "--place", place, "--date", "2025-08-01").out.strip()
    rows = "".join(f"JA{start + i},Ahmed\n" for i in range(pre_registered))
    path = tmp_path / f"{place}.csv"
    path.write_text("cin,name_lat\n" + rows, encoding="utf-8")
    assert cli("attendees", "import", session_id, str(path)).code == 0
    return session_id


def _three_sessions(cli, tmp_path: Path) -> dict[str, str]:
    """Guelmim: 3 attendees, 1 present (a walk-in), 2 expected; Tan-Tan: 11, 2 present,
    9 expected; Assa: 100 expected."""
    guelmim = _session(cli, tmp_path, "Guelmim", 2, 1000)
    walk_in = ("attendees", "add", guelmim, "--name-ar", "مريم", "--cin", "JB2000", "--consent")
    assert cli(*walk_in).code == 0
    tantan = _session(cli, tmp_path, "Tan-Tan", 11, 2000)
    people = json.loads(cli("attendees", "list", tantan, "--json").out)
    for person in people[:2]:
        assert cli("attendees", "check-in", person["id"]).code == 0
    assa = _session(cli, tmp_path, "Assa", 100, 3000)
    return {"Guelmim": guelmim, "Tan-Tan": tantan, "Assa": assa}


def _lines(out: str, ids: dict[str, str]) -> dict[str, str]:
    by_id = {line.split()[0]: line for line in out.splitlines()}
    return {place: by_id[session_id] for place, session_id in ids.items()}


def test_session_counts_take_the_arabic_form_of_1_2_3_11_and_100(cli, tmp_path: Path) -> None:
    ids = _three_sessions(cli, tmp_path)
    listed = cli("--lang", "ar", "session", "list")
    assert listed.code == 0
    lines = _lines(listed.out, ids)
    assert lines["Guelmim"].endswith(
        f"{FSI}3 مستفيدين{PDI}: حاضر واحد (منهم واحد بدون تسجيل مسبق)، منتظران"
    )
    assert lines["Tan-Tan"].endswith(
        f"{FSI}11 مستفيدا{PDI}: حاضران (منهم {FSI}0 بدون تسجيل مسبق{PDI})، {FSI}9 منتظرين{PDI}"
    )
    assert lines["Assa"].endswith(
        f"{FSI}100 مستفيد{PDI}: {FSI}0 حاضر{PDI} (منهم {FSI}0 بدون تسجيل مسبق{PDI})، "
        f"{FSI}100 منتظر{PDI}"
    )
    assert "(s)" not in listed.out


def test_session_counts_in_french_and_english(cli, tmp_path: Path) -> None:
    ids = _three_sessions(cli, tmp_path)
    french = _lines(cli("--lang", "fr", "session", "list").out, ids)
    assert french["Guelmim"].endswith(
        "3 participants : 1 présent (1 sans préinscription), 2 attendus"
    )
    assert french["Tan-Tan"].endswith(
        "11 participants : 2 présents (0 sans préinscription), 9 attendus"
    )
    assert french["Assa"].endswith(
        "100 participants : 0 présent (0 sans préinscription), 100 attendus"
    )
    english = _lines(cli("--lang", "en", "session", "list").out, ids)
    assert english["Guelmim"].endswith("3 attendees: 1 present (1 walk-in), 2 expected")
    assert english["Tan-Tan"].endswith("11 attendees: 2 present (0 walk-ins), 9 expected")


def test_an_arabic_refusal_keeps_the_id_isolated_at_the_end(cli, tmp_path: Path) -> None:
    session_id = _session(cli, tmp_path, "Guelmim", 1, 1000)
    assert cli("session", "close", session_id).code == 0
    refused = cli("--lang", "ar", "session", "close", session_id)
    assert refused.code == 1
    assert refused.err.strip() == f"الجلسة مغلقة من قبل: {FSI}{session_id}{PDI}"
    french = cli("--lang", "fr", "session", "close", session_id)
    assert french.err.strip() == f"la séance {session_id} est déjà close"


def test_the_import_summary_and_its_corrections_count_in_each_language(cli, tmp_path: Path) -> None:
    session_id = cli("session", "new", "--place", "Guelmim", "--date", "2025-08-01").out.strip()
    path = tmp_path / "list.csv"
    path.write_text("cin,name_lat\nJA1001,Ahmed\nJ9,Fatima\nJ8,Brahim\n", encoding="utf-8")
    corrections = tmp_path / "fix.csv"
    french = cli(
        "--lang",
        "fr",
        "attendees",
        "import",
        session_id,
        str(path),
        "--corrections",
        str(corrections),
    )
    assert french.code == 1
    assert "importés : 1" in french.out and "lignes refusées : 2" in french.out
    assert f"2 lignes à corriger écrites dans {corrections}" in french.err
    arabic = cli(
        "--lang",
        "ar",
        "attendees",
        "import",
        session_id,
        str(path),
        "--corrections",
        str(corrections),
    )
    assert "الأسطر المرفوضة: 2" in arabic.out
    assert f"كُتب سطران للتصحيح في {FSI}{corrections}{PDI}" in arabic.err


def test_no_command_line_prints_a_pseudo_plural() -> None:
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(CLI_PACKAGE.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""["'][^"']*\w\(s\)""", line)
    ]
    assert found == []
