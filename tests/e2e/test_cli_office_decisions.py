"""`fieldapp office people|duplicates|merge|dismiss|split|decisions|follow-up --version` on an
office that imported two laptops' bundles: person ids shown, decisions kept with the reason,
a stale follow-up refused with who changed it."""

from __future__ import annotations

import json
from pathlib import Path

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import open_services
from tests.unit.services.office.office_kit import make_laptop, new_session


def _office_with_two_spellings(data_dir: Path, tmp_path: Path) -> None:
    office = open_services(data_dir=data_dir, agent="clerk")
    office.office.init_identity()
    one, two = make_laptop(tmp_path, "lap1", office), make_laptop(tmp_path, "lap2", office)
    for laptop, fields in (
        (one, {"name_ar": "فاطمة بنعلي", "cin": "JA100001"}),
        (two, {"name_lat": "Fatima Benali", "cin": "JB200002"}),
    ):
        laptop.attendees.register(
            session_id=new_session(laptop),
            data=AttendeeInput(birth_year=1975, consent=True, **fields),  # type: ignore[arg-type]
        )
    paths = [
        laptop.bundle_export.export_bundle(target=tmp_path / f"{n}.fieldbundle").path
        for n, laptop in enumerate((one, two))
    ]
    assert office.bundle_import.import_bundles(paths=paths, trust_new_devices=True).ok
    for services in (one, two, office):
        services.close()


def test_review_and_decide_from_the_command_line(cli, data_dir: Path, tmp_path: Path) -> None:
    _office_with_two_spellings(data_dir, tmp_path)
    people = json.loads(cli("office", "people", "--json").out)
    assert len(people) == 2 and all(len(p["person_key"]) == 36 for p in people)
    listed = cli("office", "people", "--limit", "1")
    assert listed.code == 0 and len(listed.out.splitlines()) == 1
    following = cli("office", "people", "--limit", "1", "--after", listed.out.split()[0])
    assert len(following.out.splitlines()) == 1 and following.out != listed.out
    [group] = json.loads(cli("office", "duplicates", "--json").out)
    ids = [r["attendee_id"] for r in group["registrations"]]
    shown = cli("office", "duplicates").out
    assert all(key in shown for key in group["person_keys"])

    refused = cli("office", "dismiss", *ids, "--why", " ")
    assert refused.code == 1 and "why" in refused.err
    assert cli("office", "dismiss", *ids, "--why", "two cousins").code == 0
    assert json.loads(cli("office", "duplicates", "--json").out) == []

    merged = cli("office", "merge", *group["person_keys"], "--why", "same person after all")
    assert merged.code == 0, merged.err
    [person] = json.loads(cli("office", "people", "--json").out)
    assert person["person_key"] == group["person_keys"][0] and person["sessions"] == 2
    decisions = json.loads(cli("office", "decisions", "--json").out)
    assert [(d["kind"], d["agent"], d["why"]) for d in decisions] == [
        ("dismiss", "cli", "two cousins"),
        ("merge", "cli", "same person after all"),
    ]

    key = person["person_key"]
    first = cli("office", "follow-up", key, "--status", "contacted", "--version", "0")
    assert first.code == 0 and "version 1" in first.out
    stale = cli("--lang", "fr", "office", "follow-up", key, "--status", "closed", "--version", "0")
    assert stale.code == 1 and "modifiée par" in stale.err and "contacted" in stale.err
