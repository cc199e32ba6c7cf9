"""The domain (`clinic_app`) imports neither the window (`ui`, Qt) nor storage (`db`, SQL), as
DESIGN.md's dependency rule says, but in `clinic_app/cli.py`, the composition root.  The
caseload line's Next action was the clinic's logic kept in the window's list model (D58-01):
read with the source, not with `sys.modules`, so an import inside a function counts too."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from clinic_app.line_action import next_action

DOMAIN = Path(__file__).resolve().parents[1] / "clinic_app"
# What the domain never imports: the window and Qt, storage and SQL.
OUTSIDE = {"ui", "PySide6", "shiboken6", "db", "sqlite3", "sqlite_utils", "sqlcipher3"}
# A module that imports one of them names it as a word of its source.  Only those (28 of 97 in
# December 2026) are parsed: parsing and walking all 2.3 MB of the package was 0.7-0.9 s of CPU
# alone, 6.5 s in a loaded run of the suite; it skips only files no import can cross in (S382).
NAMES_OUTSIDE = re.compile(r"\b(?:" + "|".join(sorted(OUTSIDE)) + r")\b")
COMPOSITION_ROOT = DOMAIN / "cli.py"  # starts the window and opens the caseload


def imported(path: Path) -> list[tuple[int, str]]:
    """Each absolute import in `path`: its line and the module named."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_d58_no_domain_module_imports_the_window_qt_or_storage():
    modules = sorted(set(DOMAIN.rglob("*.py")) - {COMPOSITION_ROOT})
    assert DOMAIN / "line_action.py" in modules and len(modules) > 20  # the walk reads the package
    crossing = [f"{path.relative_to(DOMAIN.parent)}:{line} imports {name}"
                for path in modules if NAMES_OUTSIDE.search(path.read_text(encoding="utf-8"))
                for line, name in imported(path) if name.split(".")[0] in OUTSIDE]
    assert crossing == []


def test_d58_the_next_action_is_asked_without_qt():
    """A script (or `clinic-app`) asks a line's next action with no Qt loaded."""
    probe = ("import sys; from datetime import date; from types import SimpleNamespace; "
             "from clinic_app.line_action import next_action; "
             "row = SimpleNamespace(best='eligible_on', best_date=date(2027, 3, 2), case_count=1, automatic_only=False, "
             "file_on=None); "
             "print(next_action(row, date(2026, 12, 3))[0]); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui', 'db')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          cwd=DOMAIN.parent)
    assert done.stdout.splitlines() == ["File on 2027-03-02", "[]"]
    assert next_action.__module__ == "clinic_app.line_action"
