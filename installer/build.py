"""Build the frozen app in dist/fieldapp/, smoke-test it, then pack it for the platform.

    python installer/build.py            # `make dist` runs this after installing requirements.lock

1. PyInstaller on installer/fieldapp.spec → dist/fieldapp/ (fieldapp, fieldapp-cli, VERSION);
2. installer/smoke.py: `fieldapp --version`, `fieldapp self-test`, the window with --smoke-test;
3. Linux/macOS: dist/fieldapp-<version>-<os>-<arch>.tar.gz.
   Windows: when Inno Setup's `iscc` is on the PATH, dist/fieldapp-<version>-setup.exe from
   installer/fieldapp.iss (which reads dist\\fieldapp\\VERSION); otherwise a note how to run it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from smoke import DIST, ROOT, SmokeFailed, project_version, smoke_test

SPEC = ROOT / "installer" / "fieldapp.spec"
ISS = ROOT / "installer" / "fieldapp.iss"


def freeze() -> None:
    """Run PyInstaller on the spec (a clean build into dist/fieldapp/)."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            "PyInstaller is not installed in this Python: run "
            "`python -m pip install --require-hashes -r requirements.lock` (or `make dist`)"
        )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )


def folder_size(path: Path) -> int:
    """Total size in bytes of the files under `path` (symbolic links not followed)."""
    return sum(
        item.lstat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink()
    )


def pack_tarball(version: str) -> Path:
    """dist/fieldapp-<version>-<os>-<arch>.tar.gz holding the fieldapp/ folder."""
    system = platform.system().lower()
    arch = platform.machine().lower() or "unknown"
    target = ROOT / "dist" / f"fieldapp-{version}-{system}-{arch}.tar.gz"
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz") as archive:
        archive.add(DIST, arcname="fieldapp")
    os.replace(partial, target)
    return target


def inno_setup() -> None:
    """Build the Windows installer when Inno Setup's compiler is available."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print(f"Inno Setup (iscc) not on the PATH: installer skipped; run `iscc {ISS}`")
        return
    subprocess.run([iscc, str(ISS)], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    """Build, smoke-test and pack; exit 1 if the smoke test fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-build", action="store_true", help="smoke-test and pack the existing dist/fieldapp/"
    )
    args = parser.parse_args(argv)
    version = project_version()
    if not args.skip_build:
        try:
            freeze()
        except subprocess.CalledProcessError as error:
            print(f"PyInstaller failed (exit code {error.returncode}); see above", file=sys.stderr)
            return 1
    print(f"dist/fieldapp: {folder_size(DIST) / 1e6:.1f} MB", flush=True)
    try:
        smoke_test(DIST, version)
    except SmokeFailed as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke test passed", flush=True)
    if os.name == "nt":
        inno_setup()
    else:
        target = pack_tarball(version)
        print(f"packed {target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
