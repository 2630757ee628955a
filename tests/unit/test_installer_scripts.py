"""The packaging scripts keep the properties a regression would silently break.

Neither PyInstaller's build nor Inno Setup runs in the test suite (`make dist` builds and
smoke-tests the frozen app; Inno Setup only runs on Windows). The spec is executed with
stand-ins for PyInstaller's build classes; the .iss is read section by section.
"""

from __future__ import annotations

import re
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "installer" / "fieldapp.iss"
SPEC = REPO / "installer" / "fieldapp.spec"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
ARABIC = re.compile("[\u0600-\u06ff]")


def iss_sections() -> dict[str, list[str]]:
    """Non-comment lines of the .iss by lower-cased section name ("" before the first one)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].lower()
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def custom_messages() -> dict[str, str]:
    lines = iss_sections()["custommessages"]
    return dict(line.split("=", 1) for line in lines)


def test_installs_per_user_without_administrator_rights() -> None:
    setup = iss_sections()["setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert not any(line.startswith("PrivilegesRequiredOverridesAllowed") for line in setup)
    assert r"DefaultDirName={autopf}\{#AppName}" in setup
    assert re.search(
        r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", "\n".join(setup), re.M
    )


def test_start_menu_entry_is_named_in_arabic_and_in_french() -> None:
    sections = iss_sections()
    languages = "\n".join(sections["languages"])
    assert r"Languages\Arabic.isl" in languages
    assert r"Languages\French.isl" in languages
    messages = custom_messages()
    assert ARABIC.search(messages["arabic.AppShortcutName"])
    assert "sensibilisation" in messages["french.AppShortcutName"]
    start_menu = [line for line in sections["icons"] if "{autoprograms}" in line]
    assert any(
        r'"{autoprograms}\{cm:AppShortcutName}"' in line and r'"{app}\fieldapp.exe"' in line
        for line in start_menu
    )


def test_uninstall_leaves_the_data_directory_in_place() -> None:
    sections = iss_sections()
    # %LOCALAPPDATA%\fieldapp (platformdirs) holds the database: no section may delete it.
    for name in ("uninstalldelete", "installdelete"):
        for line in sections.get(name, []):
            target = re.search(r'Name:\s*"([^"]+)"', line)
            assert target, line
            assert target.group(1).startswith("{app}\\"), f"[{name}] deletes {target.group(1)}"
    assert not any("localappdata" in line.lower() for lines in sections.values() for line in lines)


def test_installer_version_comes_from_the_build_unless_given() -> None:
    preamble = "\n".join(iss_sections()[""])
    assert "#ifndef AppVersion" in preamble
    assert 'BuildDir + "\\VERSION"' in preamble
    assert "FileRead(" in preamble


class _Recorder:
    """Stands in for one of PyInstaller's build classes and keeps its arguments."""

    made: list[_Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.datas: list[tuple[str, str, str]] = []
        self.pure = self.scripts = self.binaries = ()
        self.made.append(self)


@pytest.fixture
def spec_run(tmp_path: Path, monkeypatch) -> dict[str, list[_Recorder]]:
    """Execute the spec with recording stand-ins; return what each build class was given."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **_: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    for name, module in (
        ("PyInstaller", types.ModuleType("PyInstaller")),
        ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
        ("PyInstaller.utils.hooks", hooks),
    ):
        monkeypatch.setitem(sys.modules, name, module)
    made: dict[str, list[_Recorder]] = {}
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "DISTPATH": str(tmp_path)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT"):
        made[kind] = []
        namespace[kind] = type(kind, (_Recorder,), {"made": made[kind]})
    (tmp_path / "fieldapp").mkdir()  # COLLECT's output folder, where the spec writes VERSION
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    made["VERSION"] = [(tmp_path / "fieldapp" / "VERSION").read_text(encoding="utf-8")]  # type: ignore[list-item]
    return made


def test_spec_bundles_resources_and_forms_where_app_root_finds_them(spec_run) -> None:
    (analysis,) = spec_run["Analysis"]
    assert analysis.args[0] == [str(REPO / "fieldapp" / "launcher.py")]
    bundled: dict[str, str] = {}
    for source, dest in analysis.kwargs["datas"]:
        if source.startswith("/site/"):
            continue
        path = Path(source)
        assert path.is_file(), source
        # Laid out as in the source tree, so fieldapp.resources.app_root() works frozen too.
        assert Path(dest) == path.parent.relative_to(REPO), (source, dest)
        bundled[path.relative_to(REPO).as_posix()] = dest
    for needed in (
        "resources/fonts/Amiri-Regular.ttf",
        "resources/fonts/Amiri-Bold.ttf",
        "resources/fonts/OFL.txt",
        "resources/i18n/fieldapp_ar.qm",
        "resources/i18n/fieldapp_fr.qm",
        "resources/icons/fieldapp.ico",
        "resources/icons/fieldapp.png",
        "forms/outreach-amo-rna.yaml",
        "fieldapp/questionnaire/form.schema.json",
    ):
        assert needed in bundled, needed
    assert ("/site/fieldapp.dist-info", "fieldapp.dist-info") in analysis.kwargs["datas"]


def test_spec_makes_two_executables_in_one_folder_with_the_pyproject_version(spec_run) -> None:
    executables = {exe.kwargs["name"]: exe.kwargs for exe in spec_run["EXE"]}
    assert executables["fieldapp"]["console"] is False
    assert executables["fieldapp-cli"]["console"] is True
    (collect,) = spec_run["COLLECT"]
    assert collect.kwargs["name"] == "fieldapp"
    assert set(collect.args[:2]) == set(spec_run["EXE"])
    assert spec_run["VERSION"] == [f"{VERSION}\n"]
