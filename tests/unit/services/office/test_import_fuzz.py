"""The import service only ever raises the project's own errors, whatever the file holds:
random or mutated bytes, or a correctly signed bundle with arbitrary record values."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.services.bundles.errors import SyncError
from fieldapp.sync import BundleError

from .office_kit import forged_bundle, full_dump, make_laptop, make_office, new_session, person

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def world():
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        office = make_office(root)
        laptop = make_laptop(root, "lap", office)
        laptop.attendees.register(session_id=new_session(laptop), data=person("فاطمة", "JA123456"))
        good = laptop.bundle_export.export_bundle(target=root / "good.fieldbundle").path
        yield office, laptop, root, good.read_bytes()
        laptop.close()
        office.close()


def attempt(office, path: Path) -> None:
    before = full_dump(office)
    try:
        office.bundle_import.import_bundle(path=path, trust_new_devices=True)
    except (BundleError, SyncError):
        assert full_dump(office) == before


@FUZZ
@given(position=st.integers(min_value=0), value=st.integers(0, 255), cut=st.booleans())
def test_mutated_files(world, position, value, cut) -> None:
    office, _, root, data = world
    index = position % len(data)
    mutated = data[:index] if cut else data[:index] + bytes([value]) + data[index + 1 :]
    path = root / "mutated.fieldbundle"
    path.write_bytes(mutated)
    attempt(office, path)


@FUZZ
@given(
    kind=st.sampled_from(["sessions", "attendees", "audit", "answers", "print_events", "other"]),
    field=st.sampled_from(["id", "cin", "session_id", "updated_at", "data", "deleted", "x"]),
    value=JSON,
    sequence=st.integers(2, 10_000),
)
def test_signed_bundles_with_arbitrary_values(world, kind, field, value, sequence) -> None:
    office, laptop, root, _ = world
    records = laptop.bundle_export._outbox.select(pending_only=False)
    rows = records.get(kind) or [{}]
    records[kind] = [dict(rows[0], **{field: value})]
    path = forged_bundle(
        laptop, office, root / "forged.fieldbundle", sequence=sequence, records=records
    )
    attempt(office, path)
