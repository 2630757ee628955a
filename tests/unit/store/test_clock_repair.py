"""A database whose stored clock was poisoned (an end-of-time timestamp adopted by an older
fieldapp) is repaired when it is next opened, and the repair is logged; a laptop whose wall
clock is behind the last recorded time is warned before it exports."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from fieldapp.domain.clock import format_timestamp
from fieldapp.services.app import open_services


@pytest.mark.parametrize("poison", ["9999-12-31T23:59:59.999998Z", "9999-12-31T23:59:59.999999Z"])
def test_a_poisoned_clock_is_clamped_at_start_up_and_logged(
    tmp_path: Path, poison: str, caplog: pytest.LogCaptureFixture
) -> None:
    services = open_services(data_dir=tmp_path, agent="t")
    services.store.settings.set("clock_last", poison)
    services.close()
    with caplog.at_level(logging.WARNING, logger="fieldapp"):
        services = open_services(data_dir=tmp_path, agent="t")
    try:
        assert any("clamped" in r.getMessage() for r in caplog.records)
        tomorrow = format_timestamp(dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
        assert (services.store.settings.get("clock_last") or "") < tomorrow
        session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
        assert session.updated_at < tomorrow  # edits work again, no OverflowError
    finally:
        services.close()


def test_a_laptop_clock_behind_its_records_is_warned_at_status_and_export(
    data_dir: Path, cli
) -> None:
    services = open_services(data_dir=data_dir, agent="t")
    ahead = format_timestamp(dt.datetime.now(dt.UTC) + dt.timedelta(hours=3))
    services.store.settings.set("clock_last", ahead)  # written while the clock was right
    services.close()
    status = cli("--lang", "fr", "bundle", "status")
    assert "l'horloge de cet ordinateur est en retard" in status.err
    export = cli("bundle", "export", "-o", str(data_dir / "b.fieldbundle"))
    assert "this computer's clock is behind" in export.err
