"""The lock file pins everything pyproject.toml asks for, and the suite runs on those pins."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from packaging.markers import Marker

from tools import check_lock

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"


def _pins() -> dict[str, tuple[str, str]]:
    """name → (version, marker) of each `name==version[ ; marker]` line of the lock."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            requirement, _, marker = line.rstrip(" \\").partition(";")
            name, version = requirement.strip().split("==")
            pins[check_lock.normalise(name)] = (version, marker.strip())
    return pins


def test_lock_pins_every_package_pyproject_asks_for() -> None:
    assert check_lock.missing(ROOT / "pyproject.toml", LOCK) == []
    assert check_lock.main([str(ROOT / "pyproject.toml"), str(LOCK)]) == 0


def test_every_pin_has_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    blocks = [block for block in text.split("\n") if "==" in block and not block.startswith(" ")]
    assert len(blocks) == len(_pins()) > 20
    assert all(block.endswith("\\") for block in blocks)  # each pin is followed by --hash lines


def test_installed_versions_are_the_locked_ones() -> None:
    wrong = []
    for name, (version, marker) in _pins().items():
        if marker and not Marker(marker).evaluate():
            continue
        installed = importlib.metadata.version(name)
        if installed != version:
            wrong.append(f"{name} {installed} (lock: {version})")
    assert wrong == [], "run `make test` to reinstall from requirements.lock"


def test_a_package_missing_from_the_lock_is_named(tmp_path: Path, capsys) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\ndependencies = ["Segno>=1.6", "jellyfish>=1.0"]\n'
        "[project.optional-dependencies]\ntest = [\"Rapid_Fuzz[extra]>=3; python_version>'3'\"]\n",
        encoding="utf-8",
    )
    lock = tmp_path / "requirements.lock"
    lock.write_text("segno==1.6.6 \\\n    --hash=sha256:00\n", encoding="utf-8")
    assert check_lock.main([str(pyproject), str(lock)]) == 1
    message = capsys.readouterr().err
    assert "run `make lock`" in message
    assert "jellyfish (pyproject.toml [project] dependencies)" in message
    assert "rapid-fuzz (pyproject.toml [project] optional-dependencies.test)" in message
    assert "segno" not in message
