"""The office kit itself: an enrolled laptop beside its office."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.unit.services.office.office_kit import make_laptop, make_office, person


def test_kit_builds_an_enrolled_laptop(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap", office)
    try:
        status = laptop.bundle_export.status()
        assert status.office_fingerprint == office.office.info().fingerprint
        assert replace(person("x"), cin="A1").cin == "A1"
    finally:
        laptop.close()
        office.close()
