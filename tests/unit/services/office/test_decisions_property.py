"""Decisions and import order: a merge and a dismissal taken after some bundles, then the
remaining bundles imported in any order (and repeated), give the same registry of people."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.services.app import AppServices

from .office_kit import make_laptop, make_office, office_with_keys_of
from .test_import_property import OPS, play


def _partition(office: AppServices) -> list[tuple[tuple[str, ...], str]]:
    """Each person as its live registrations and follow-up, in a canonical order."""
    db = office.office_database
    members: dict[str, list[str]] = {}
    for row in db.query(
        "SELECT l.person_id, a.id FROM person_links l JOIN attendees a ON a.id = l.attendee_id "
        "WHERE a.deleted = 0 ORDER BY a.id"
    ):
        members.setdefault(row["person_id"], []).append(row["id"])
    follow = {p.person_key: p.follow_up for p in office.office.people()}
    return sorted((tuple(ids), follow.get(person, "")) for person, ids in members.items())


def _decide(office: AppServices) -> None:
    """The clerk's decisions: merge the first two people with a CIN, dismiss the first
    possible-duplicate group, set a follow-up."""
    people = sorted((p for p in office.office.people() if p.cin), key=lambda p: p.cin)
    if len(people) >= 2:
        office.office.decisions.merge(
            people=[people[0].person_key, people[1].person_key], why="same person"
        )
        office.office.set_follow_up(person=people[0].person_key, status="contacted")
    groups = office.office.duplicates()
    if groups:
        office.office.decisions.dismiss(
            attendee_ids=[r.attendee_id for r in groups[0].registrations], why="not the same"
        )


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    plans=st.lists(OPS, min_size=3, max_size=4),
    orders=st.lists(st.randoms(use_true_random=False), min_size=2, max_size=2),
)
def test_decisions_hold_whatever_the_order_of_later_bundles(plans, orders) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = make_office(root / "source")
        first: list[Path] = []
        later: list[Path] = []
        for number, ops in enumerate(plans):
            laptop = make_laptop(root, f"lap{number}", source)
            (first if number == 0 else later).extend(play(laptop, ops, root, f"l{number}"))
            laptop.close()
        results = []
        for run, rng in enumerate(orders):
            office = office_with_keys_of(source, root / f"office{run}")
            office.bundle_import.import_bundles(paths=first, trust_new_devices=True)
            _decide(office)
            sequence = later * 2
            rng.shuffle(sequence)
            office.bundle_import.import_bundles(paths=sequence, trust_new_devices=True)
            results.append(
                (
                    _partition(office),
                    [len(g.registrations) for g in office.office.duplicates()],
                )
            )
            office.close()
        source.close()
        assert results[0] == results[1]
