"""Order independence and idempotence: bundles from several laptops, editing, deleting and
re-registering the same people, imported in random orders and repeated, give the same office
database (a canonical dump of the merged tables and the search index)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.domain.errors import ValidationFailed
from fieldapp.store import StoreError

from .office_kit import dump, make_laptop, make_office, new_session, office_with_keys_of, person

PEOPLE = [
    ("فاطمة الزهراء", "JA123456", "+212612345670"),
    ("أحمد بنعلي", "B12345", "+212612345671"),
    ("خديجة", "K998877", "+212612345672"),
    ("سعيد", "", "+212612345673"),
]
OPS = st.lists(
    st.tuples(st.sampled_from(["add", "edit", "delete", "readd", "export"]), st.integers(0, 3)),
    max_size=10,
)


def play(laptop, ops, out: Path, name: str) -> list[Path]:
    """Apply the operations on one laptop; return the bundles it exported."""
    session = new_session(laptop, place=f"مكان {name}")
    live: dict[int, str] = {}
    bundles: list[Path] = []

    def export() -> None:
        if laptop.bundle_export.status().pending_total:
            target = out / f"{name}-{len(bundles)}.fieldbundle"
            bundles.append(laptop.bundle_export.export_bundle(target=target).path)

    for op, index in ops:
        name_ar, cin, phone = PEOPLE[index]
        try:
            if op == "add" and index not in live:
                live[index] = laptop.attendees.register(
                    session_id=session, data=person(name_ar, cin, phone)
                ).id
            elif op == "edit" and index in live:
                laptop.attendees.update(
                    attendee_id=live[index], data=person(name_ar + " " + name, cin, phone)
                )
            elif op in ("delete", "readd") and index in live:
                laptop.attendees.delete(attendee_id=live.pop(index))
                if op == "readd":
                    live[index] = laptop.attendees.register(
                        session_id=session, data=person(name_ar, cin, phone)
                    ).id
            elif op == "export":
                export()
        except (ValidationFailed, StoreError):
            continue
    export()
    return bundles


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    plans=st.lists(OPS, min_size=3, max_size=4),
    orders=st.lists(st.randoms(use_true_random=False), min_size=2, max_size=2),
)
def test_any_import_order_and_repeats_give_the_same_registry(plans, orders) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = make_office(root / "source")
        bundles: list[Path] = []
        for number, ops in enumerate(plans):
            laptop = make_laptop(root, f"lap{number}", source)
            bundles += play(laptop, ops, root, f"l{number}")
            laptop.close()
        dumps = []
        for run, rng in enumerate(orders):
            office_dir = root / f"office{run}"
            # Each office run uses the same keys: copy the source office's key folder.
            office = _office_copy(source, office_dir)
            sequence = bundles * 2
            rng.shuffle(sequence)
            report = office.bundle_import.import_bundles(paths=sequence, trust_new_devices=True)
            for file in report.files:
                assert file.error_type in (None, "ReplayedBundle"), file.error
            # Whatever was refused as a replay is superseded: importing the newest of each
            # laptop again changes nothing.
            before = dump(office)
            again = office.bundle_import.import_bundles(paths=bundles)
            assert all(f.status != "imported" for f in again.files)
            assert dump(office) == before
            dumps.append(before)
            office.close()
        source.close()
        assert dumps[0] == dumps[1]


def _office_copy(source, directory: Path):
    return office_with_keys_of(source, directory)
