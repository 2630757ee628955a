"""Build the windowed app with PyInstaller, then (on Windows, with Inno Setup) the installer."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run PyInstaller on the spec and, when `iscc` is available, Inno Setup on the result."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", str(ROOT / "installer" / "fieldapp.spec")],
        check=True,
        cwd=ROOT,
    )
    iscc = shutil.which("iscc")
    if iscc is None:
        print(f"built dist/fieldapp-{version}; Inno Setup (iscc) not found, installer skipped")
        return 0
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DSourceDir={ROOT / 'dist' / f'fieldapp-{version}'}",
         str(ROOT / "installer" / "fieldapp.iss")],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
