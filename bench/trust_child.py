"""The child process of bench_trust: imports only fieldapp, so its peak RSS is the office's."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pyrage

from fieldapp.services.app import open_services
from fieldapp.sync import read_bundle


def child(mode: str, office: str, bundle: str) -> None:
    """Run in a fresh process: do `mode`, print {seconds, rss_mb} as JSON."""
    services = open_services(data_dir=Path(office), agent="bench")
    start = time.perf_counter()
    if mode == "import":
        report = services.bundle_import.import_bundles(paths=[Path(bundle)], trust_new_devices=True)
        assert report.files[0].status == "imported", report.files[0].error
    elif mode == "refuse":
        report = services.bundle_import.import_bundles(paths=[Path(bundle)])
        assert report.files[0].status == "rejected"
    elif mode == "decrypt":
        pyrage.decrypt(Path(bundle).read_bytes(), [services.office.keys.identity().age_identity])
    elif mode == "parse":
        identity = services.office.keys.identity()
        read_bundle(Path(bundle), identity=identity)  # records parsed, nothing checked or merged
    elapsed = time.perf_counter() - start
    services.close()
    rss_mb = _peak_rss_kb() / 1024
    print(json.dumps({"seconds": elapsed, "rss_mb": rss_mb}))


def _peak_rss_kb() -> float:
    """This process's peak RSS: VmHWM, reset by exec (unlike `ru_maxrss`, which keeps the
    forking parent's size), so the bench's own memory does not count."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return float(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")
