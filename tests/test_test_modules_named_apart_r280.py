"""R280-01: two test modules of one name, each in a folder that is no package, stop the whole suite.

pytest imports such a module by its file name alone (rootdir-style, the folder put on sys.path):
T274 added tests/eligibility/test_traffic_record_t274.py beside
tests/handouts/test_traffic_record_t274.py, and the README's test command (and CI's) stopped at
collection, "import file mismatch", with no test run. Only tests/gui is a package, so a name
there may repeat one elsewhere (its modules import as gui.<name>).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _import_name(module: Path) -> str:
    """The name pytest imports `module` under: its file name, led by each enclosing package's."""
    parts = [module.stem]
    folder = module.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts)


def test_r280_01_no_two_test_modules_import_under_one_name():
    modules = defaultdict(list)
    for module in TESTS.rglob("test_*.py"):
        if "__pycache__" not in module.parts:
            modules[_import_name(module)].append(str(module.relative_to(TESTS)))
    clashes = {name: paths for name, paths in modules.items() if len(paths) > 1}
    assert not clashes, f"rename one of each, or the whole suite stops at collection: {clashes}"
