"""T191-01: the window a test kills (tests/gui/typing_child.py, a process of its own for each of
test_draft.py's, K114's, U118's and K63's tests) read the day and the draft pause from the
conftest, and with them imported pytest and compiled the conftest from its source before it
typed a key: ~0.09 s of CPU a child.  It reads them from tests/gui/pinned.py now."""

from __future__ import annotations

import ast
from pathlib import Path

TREE = Path(__file__).resolve().parents[2]


def _tests_modules_imported(source: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests"):
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names if alias.name.startswith("tests")]
    return names


def _imports_pytest(source: Path) -> bool:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return any((isinstance(node, ast.Import) and any(a.name.split(".")[0] in ("pytest", "_pytest") for a in node.names))
               or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("pytest", "_pytest"))
               for node in ast.walk(tree))


def test_t191_01_the_killed_window_imports_no_test_module_that_imports_pytest():
    child = TREE / "tests" / "gui" / "typing_child.py"
    assert not _imports_pytest(child)
    imported = _tests_modules_imported(child)
    assert imported  # it does read the tests' pinned day
    for module in imported:
        path = TREE.joinpath(*module.split(".")).with_suffix(".py")
        assert path.is_file(), module
        assert not _imports_pytest(path), f"{module} imports pytest: every killed window would too"


def test_t191_01_the_conftest_pins_the_same_day_and_pause_as_the_child():
    from tests.gui import conftest, pinned

    assert (conftest.TODAY, conftest.DRAFT_AFTER_MS_IN_TESTS) == (pinned.TODAY, pinned.DRAFT_AFTER_MS_IN_TESTS)


def test_t191_02_what_a_test_leaves_remembered_is_forgotten_and_nothing_else():
    """The settings every GUI test starts without (conftest.REMEMBERED), removed by one QSettings
    (T191-02): gone for the program's own QSettings, another setting kept."""
    from PySide6.QtCore import QSettings

    from tests.gui.conftest import REMEMBERED, _forget

    for key in REMEMBERED:
        QSettings().setValue(key, "left by a test")
    QSettings().setValue("t191/kept", "kept")
    _forget(REMEMBERED)
    assert [key for key in REMEMBERED if QSettings().contains(key)] == []
    assert QSettings().value("t191/kept") == "kept"
    QSettings().remove("t191")
