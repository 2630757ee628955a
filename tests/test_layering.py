"""The layers of docs/architecture.md, enforced on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "fieldapp"
QT = ("PySide6", "shiboken6")
DATABASE_OR_PDF = ("sqlite3", "sqlite_utils", "reportlab")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                names.add(
                    "fieldapp."
                    + ".".join(path.relative_to(PACKAGE).parts[: -node.level])
                    + "."
                    + (node.module or "")
                )
            elif node.module:
                names.add(node.module)
    return names


def _modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _offenders(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in paths
        for name in sorted(_imports(path))
        if name.split(".")[0] in banned
        or any(name.startswith(b + ".") or name == b for b in banned)
    ]


def test_only_ui_and_the_composition_root_import_qt() -> None:
    outside_ui = [p for p in _modules() if _layer(p) not in ("ui", "app")]
    assert outside_ui, "the walk found no modules"
    assert _offenders(outside_ui, QT) == []


def test_ui_never_imports_sql_or_reportlab() -> None:
    assert _offenders(_modules("ui"), DATABASE_OR_PDF) == []


def test_domain_imports_nothing_of_the_project() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)} imports {name}"
        for p in _modules("domain")
        for name in _imports(p)
        if name.startswith("fieldapp.") and not name.startswith("fieldapp.domain")
    ]
    assert offenders == []


def test_only_the_store_imports_sqlite() -> None:
    others = [p for p in _modules() if _layer(p) != "store"]
    assert _offenders(others, ("sqlite3", "sqlite_utils")) == []


def test_the_check_itself_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlite3\n", encoding="utf-8")
    names = _imports(bad)
    assert "PySide6.QtWidgets" in names and "sqlite3" in names
