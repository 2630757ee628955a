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


def test_ui_never_imports_the_store() -> None:
    """Results the GUI shows live in domain/ or the services' results; store errors reach it
    through services.errors."""
    assert _offenders(_modules("ui"), ("fieldapp.store",)) == []


def test_ui_never_touches_the_settings_table() -> None:
    """Preferences go through services.preferences (checked, announced on the change bus)."""
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules("ui")
        if "store.settings" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


# Each layer's rank in the downward order of docs/architecture.md: a module imports only
# layers of a lower rank (or its own). Top-level helper modules sit just above the domain.
RANKS = {
    "domain": 0,
    **dict.fromkeys(("__init__", "atomic", "paths", "resources", "logs", "front_end"), 1),
    **dict.fromkeys(("store", "questionnaire", "sync"), 2),
    "documents": 3,
    "services": 4,
    "ui": 5,
    "app": 6,
    "cli": 7,
    **dict.fromkeys(("launcher", "__main__"), 8),
}


def _layer_graph() -> dict[str, set[str]]:
    """Layer → the other layers its modules import (at the top, in functions, for typing)."""
    graph: dict[str, set[str]] = {}
    for path in _modules():
        layer = _layer(path)
        graph.setdefault(layer, set())
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "fieldapp":
                continue
            target = parts[1] if len(parts) > 1 and parts[1] else "__init__"
            if target != layer:
                graph[layer].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of `graph` as the path that closes it (empty when there is none)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_the_layers_import_each_other_without_a_cycle() -> None:
    graph = _layer_graph()
    assert {"ui", "services", "store", "domain"} <= set(graph)
    assert _cycle(graph) == []


def test_every_import_goes_down_the_documented_order() -> None:
    graph = _layer_graph()
    assert set(graph) <= set(RANKS), f"layers missing from RANKS: {set(graph) - set(RANKS)}"
    upward = [
        f"{layer} imports {target}"
        for layer, targets in sorted(graph.items())
        for target in sorted(targets)
        if RANKS[target] >= RANKS[layer]
    ]
    assert upward == []


def test_the_cycle_check_itself_finds_a_cycle() -> None:
    graph = {"cli": {"launcher", "domain"}, "launcher": {"app"}, "app": {"cli"}, "domain": set()}
    assert _cycle(graph) == ["app", "cli", "launcher", "app"]
    assert _cycle({"ui": {"services"}, "services": {"domain"}}) == []
