"""The domain package does not depend on the API package: `archive` (models, parser, services, pages,
admin, CLI) imports nothing from `api`, which builds on it; and no module imports, at its top level, a
module that imports it back (directly or through others)."""

import ast
from graphlib import TopologicalSorter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "archive"


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules.add(node.module)
    return modules


def test_archive_imports_nothing_from_api():
    importing_api = {
        str(path.relative_to(ARCHIVE.parent))
        for path in ARCHIVE.rglob("*.py")
        if any(module == "api" or module.startswith("api.") for module in imported_modules(path))
    }
    assert importing_api == set()


def test_the_check_sees_an_import_of_api(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("import json\nfrom api.serializers import links\n\ndef f():\n    import api.views\n")
    assert imported_modules(module) == {"json", "api.serializers", "api.views"}


def top_level_imports() -> dict[str, set[str]]:
    """Each module of `archive` and `api` (migrations aside) -> the modules of theirs it imports at its top
    level (`from . import x` is module x when there is one, else the package)."""
    paths = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for package in ("archive", "api")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }
    graph = {}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        targets = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1]) if node.level else ""
                base = ".".join(filter(None, [base, node.module]))
                targets.update(
                    f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names
                )
        graph[module] = {target for target in targets if target in paths and target != module}
    return graph


def test_no_import_cycles():
    graph = top_level_imports()
    assert "archive.parser.pipeline" in graph["archive.parser"]  # the walk sees relative imports
    TopologicalSorter(graph).prepare()  # CycleError, naming the modules of a cycle, if there is one
