"""The domain package does not depend on the API package: `archive` (models, parser, services, pages,
admin, CLI) imports nothing from `api`, which builds on it."""

import ast
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parent.parent / "archive"


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
