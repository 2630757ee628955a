"""The bulk merge: last writer wins by (updated_at, device_id), tombstones are versions,
CIN swaps inside one session merge, the validator's fields match the tables."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldapp.services.office.record_checks import SCHEMAS
from fieldapp.store import Store
from fieldapp.store.device import DeviceIdentity
from fieldapp.store.office.embedded import EmbeddedOffice
from fieldapp.store.office.merge import BundleMerger
from fieldapp.store.outbox import SYNC_KINDS

T1, T2, T3 = (f"2025-08-01T10:00:0{n}.000000Z" for n in (1, 2, 3))


def store() -> Store:
    return Store.in_memory(DeviceIdentity("office", Ed25519PrivateKey.generate()))


def session(at: str = T1, device: str = "d1") -> dict:
    return {
        "id": "s1",
        "place": "كلميم",
        "date": "2025-08-01",
        "venue": "",
        "province": "",
        "partners": "[]",
        "topics": "[]",
        "form_id": "f",
        "status": "open",
        "created_at": T1,
        "updated_at": at,
        "device_id": device,
        "agent": "",
        "deleted": 0,
    }


def attendee(
    ident: str, cin: str, at: str = T1, device: str = "d1", deleted: int = 0, name: str = "x"
) -> dict:
    return {
        "id": ident,
        "session_id": "s1",
        "name_ar": name,
        "name_lat": "",
        "cin": cin,
        "phone": "",
        "gender": "",
        "birth_year": None,
        "craft": "",
        "province": "",
        "commune": "",
        "origin": "walk_in",
        "consent": 1,
        "status": "walk_in",
        "arrived_at": T1,
        "created_at": T1,
        "updated_at": at,
        "device_id": device,
        "agent": "",
        "deleted": deleted,
    }


def merge(db_store: Store, records: dict) -> object:
    merger = BundleMerger(EmbeddedOffice(db_store))
    with db_store.db.atomic():
        merger.stage(records)
        merger.check_references()
        outcome = merger.apply()
        merger.drop_staging()
    return outcome


def rows(s: Store) -> list[tuple]:
    return [
        tuple(r)
        for r in s.db.execute("SELECT id, cin, name_ar, deleted FROM attendees ORDER BY id")
    ]


def test_validator_fields_are_the_table_columns() -> None:
    s = store()
    merger = BundleMerger(EmbeddedOffice(s))
    for kind in SYNC_KINDS:
        assert set(SCHEMAS[kind]) == set(merger.columns(kind)), kind


def test_later_version_wins_in_either_order_and_ties_go_to_the_greater_device() -> None:
    old = {"sessions": [session()], "attendees": [attendee("a", "A1", T1, name="old")]}
    new = {"sessions": [session()], "attendees": [attendee("a", "A1", T2, name="new")]}
    tie = {"sessions": [session()], "attendees": [attendee("a", "A1", T2, "d9", name="tie")]}
    results = []
    for order in ([old, new, tie], [tie, new, old], [new, tie, old]):
        s = store()
        for records in order:
            merge(s, records)
        results.append(rows(s))
    assert results == [[("a", "A1", "tie", 0)]] * 3


def test_tombstone_wins_over_older_versions_and_counts() -> None:
    s = store()
    first = merge(s, {"sessions": [session()], "attendees": [attendee("a", "A1", T1)]})
    assert first.counts["attendees"].new == 1
    gone = merge(s, {"sessions": [], "attendees": [attendee("a", "A1", T2, deleted=1)]})
    assert gone.counts["attendees"].updated == 1
    stale = merge(s, {"sessions": [], "attendees": [attendee("a", "A1", T1)]})
    assert stale.counts["attendees"].unchanged == 1 and len(stale.conflicts) == 1
    assert rows(s) == [("a", "", "", 1)]  # the tombstone keeps ids and times only
    assert s.db.execute("SELECT COUNT(*) FROM attendee_search").fetchone()[0] == 0


def test_cin_swap_inside_a_session_merges() -> None:
    s = store()
    merge(s, {"sessions": [session()], "attendees": [attendee("a", "A1"), attendee("b", "B2")]})
    merge(s, {"sessions": [], "attendees": [attendee("a", "B2", T3), attendee("b", "A1", T2)]})
    assert rows(s) == [("a", "B2", "x", 0), ("b", "A1", "x", 0)]
    assert s.db.execute("SELECT COUNT(*) FROM attendee_search").fetchone()[0] == 2
