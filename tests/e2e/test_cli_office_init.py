"""`fieldapp office init` makes protected keys: the new passphrase from a file, from
FIELDAPP_OFFICE_PASSPHRASE_FILE, or typed twice at a terminal; with none of them it refuses at
once and writes nothing; `--unprotected` (a test rig only) makes plain keys with a notice."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp.services.office.keys import OfficeKeys
from tests.e2e.test_cli_office_keys import in_process

REPO = Path(__file__).resolve().parents[2]
PROTECTED = ["office-identity.age", "office-public.json", "office-signing.age"]
PLAIN = ["office-age.key", "office-public.json", "office-signing.key"]
pytestmark = pytest.mark.slow


def _files(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "office").iterdir())


def test_init_with_a_passphrase_file_makes_protected_keys_it_opens(tmp_path: Path) -> None:
    data, secret = tmp_path / "office", tmp_path / "passphrase.txt"
    secret.write_text("Guelmim oued noun 2025\n", "utf-8")
    code, out, err = in_process(data, "office", "init", "--passphrase-file", str(secret))
    assert code == 0, err
    assert _files(data) == PROTECTED  # no plain key file, not even for a moment left behind
    assert "protected by the passphrase" in err and "not protected" not in err
    assert "Guelmim" not in out + err
    fingerprint = out.strip()
    assert OfficeKeys(data).public().fingerprint == fingerprint
    profile = tmp_path / "profile.json"
    code, out, err = in_process(
        data,
        "office",
        "profile",
        "-o",
        str(profile),
        env={"FIELDAPP_OFFICE_PASSPHRASE_FILE": str(secret)},
    )
    assert code == 0, err  # the same passphrase opens the keys to sign the profile
    assert out.strip() == str(profile)
    code, out, err = in_process(tmp_path / "laptop", "enroll", str(profile))
    assert code == 0, err
    assert fingerprint in out  # the laptop reads the profile those keys signed


def test_without_terminal_or_passphrase_init_refuses_at_once_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDAPP_OFFICE_PASSPHRASE_FILE", raising=False)
    data = tmp_path / "office"
    code, out, err = in_process(data, "--lang", "fr", "office", "init")
    assert code == 1 and out == ""
    assert "Aucun terminal" in err and "--passphrase-file" in err
    assert "FIELDAPP_OFFICE_PASSPHRASE_FILE" in err
    assert not (data / "office").exists()


def test_a_short_passphrase_from_the_variable_is_refused_before_any_key_is_made(
    tmp_path: Path,
) -> None:
    data, secret = tmp_path / "office", tmp_path / "short.txt"
    secret.write_text("court\n", "utf-8")
    code, _out, err = in_process(
        data, "office", "init", env={"FIELDAPP_OFFICE_PASSPHRASE_FILE": str(secret)}
    )
    assert code == 1 and "too short" in err
    assert not (data / "office").exists()


def test_unprotected_keys_only_when_asked_and_with_the_notice(tmp_path: Path) -> None:
    data, secret = tmp_path / "office", tmp_path / "passphrase.txt"
    secret.write_text("Guelmim oued noun 2025\n", "utf-8")
    with pytest.raises(SystemExit) as usage:  # one or the other: argparse's usage error
        in_process(data, "office", "init", "--unprotected", "--passphrase-file", str(secret))
    assert usage.value.code == 2 and not (data / "office").exists()
    code, _out, err = in_process(
        data,
        "office",
        "init",
        "--unprotected",
        env={"FIELDAPP_OFFICE_PASSPHRASE_FILE": str(secret)},
    )
    assert code == 0, err
    assert _files(data) == PLAIN and "not protected by a passphrase" in err
    # keys exist: refused before any passphrase is asked for (no terminal here)
    code, _out, err = in_process(data, "office", "init")
    assert code == 1 and "already exist" in err and "terminal" not in err
    assert _files(data) == PLAIN


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal (pty) is POSIX")
def test_at_a_terminal_the_new_passphrase_is_typed_twice(tmp_path: Path) -> None:
    import pty

    data = tmp_path / "office"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_OFFICE_")}
    controller, terminal = pty.openpty()
    # A session of its own: the terminal is this pty, never the one running the tests.
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data), "office", "init"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=terminal,
        cwd=REPO,
        env={**env, "PYTHONIOENCODING": "utf-8"},
        start_new_session=True,
    )
    os.close(terminal)
    try:
        shown = _answer(controller, "(at least 8 characters): ", "Tan-Tan moussem 2025")
        shown += _answer(controller, "Type it again: ", "Tan-Tan moussem 2025")
        out, _ = child.communicate(timeout=120)
        shown += _drain(controller)
    finally:
        os.close(controller)
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, shown
    assert "Tan-Tan" not in shown  # nothing echoed
    assert "protected by the passphrase" in shown
    assert _files(data) == PROTECTED
    assert OfficeKeys(data).public().fingerprint == out.decode().strip()


def _read_until(controller: int, wanted: str, limit: float = 60.0) -> str:
    seen = b""
    deadline = time.monotonic() + limit
    while wanted.encode() not in seen:
        assert time.monotonic() < deadline, f"no prompt {wanted!r}; the terminal showed {seen!r}"
        ready, _, _ = select.select([controller], [], [], 0.5)
        if ready:
            try:
                seen += os.read(controller, 4096)
            except OSError:  # the child closed the terminal
                break
    return seen.decode("utf-8", "replace")


def _answer(controller: int, prompt: str, typed: str) -> str:
    # The prompt first: getpass flushes what was typed before it turned echo off.
    shown = _read_until(controller, prompt)
    os.write(controller, typed.encode() + b"\n")
    return shown


def _drain(controller: int) -> str:
    seen = b""
    while select.select([controller], [], [], 0.2)[0]:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    return seen.decode("utf-8", "replace")
